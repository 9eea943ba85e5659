import { buildExport, type ChangesFile } from '../importExport/changesFile';
import { DB_NAME } from './db';
import { SETTINGS_KEY } from './changes';
import { DEFAULT_SETTINGS, type ChangeRow, type Settings } from './types';

/**
 * Reads the user's changes straight from IndexedDB, without Dexie's schema,
 * so they can be exported even when the store will not open normally (a
 * newer schema on disk, a failed upgrade). Opening without a version never
 * upgrades or changes anything; damaged rows are skipped, not fatal.
 */
export async function rescueExport(idb: IDBFactory = indexedDB, name = DB_NAME): Promise<{ file: ChangesFile; skipped: number }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = idb.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('The code store could not be opened'));
    // A database that does not exist yet would be created empty: nothing to rescue.
    req.onupgradeneeded = () => {
      req.transaction?.abort();
    };
  });
  try {
    const rows = db.objectStoreNames.contains('changes') ? await getAll(db, 'changes') : [];
    const meta = db.objectStoreNames.contains('meta') ? await getAll(db, 'meta') : [];
    const changes: ChangeRow[] = [];
    let skipped = 0;
    for (const row of rows) {
      if (isChange(row)) changes.push(row);
      else skipped++;
    }
    const settingsRow = meta.find((m) => (m as { key?: unknown }).key === SETTINGS_KEY) as { value?: Partial<Settings> } | undefined;
    const settings = { ...DEFAULT_SETTINGS, ...(typeof settingsRow?.value === 'object' && settingsRow.value ? settingsRow.value : {}) };
    const edition = meta.find((m) => (m as { key?: unknown }).key === 'edition') as { value?: unknown } | undefined;
    const file = buildExport(changes, settings, { edition: typeof edition?.value === 'string' ? edition.value : 'unknown', dataVersion: 0 });
    return { file, skipped };
  } finally {
    db.close();
  }
}

function getAll(db: IDBDatabase, store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const req = db.transaction(store, 'readonly').objectStore(store).getAll();
    req.onsuccess = () => resolve(req.result as unknown[]);
    req.onerror = () => reject(req.error);
  });
}

function isChange(row: unknown): row is ChangeRow {
  if (typeof row !== 'object' || row === null) return false;
  const r = row as Record<string, unknown>;
  if (typeof r.code !== 'string') return false;
  switch (r.kind) {
    case 'code':
      return typeof r.entry === 'object' && r.entry !== null;
    case 'phrase':
      return typeof r.phrase === 'string';
    case 'disablePhrase':
      return typeof r.concept === 'string' && typeof r.phrase === 'string';
    case 'disableRule':
      return typeof r.n === 'number';
    default:
      return false;
  }
}
