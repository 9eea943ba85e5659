/**
 * Import and export against the code store. Checking is pure
 * (changesFile.ts, descriptorsFile.ts); writing is one transaction, so a
 * failed import leaves the store exactly as it was.
 */
import type { CodeStore } from '../store/db';
import { readDescriptors, readUserSettings, SETTINGS_KEY } from '../store/changes';
import { normalizePhrase } from '../store/types';
import { DATA_VERSION_KEY, EDITION_KEY } from '../store/seed';
import { buildExport, planImport, type ImportContext, type ImportPlan, type PlanResult } from './changesFile';
import { parseDescriptorFile } from './descriptorsFile';

export async function importContext(db: CodeStore): Promise<ImportContext> {
  const [codes, modifiers, concepts, rules, changes, currentSettings, currentDescriptors] = await Promise.all([
    db.codes.toArray(),
    db.modifiers.toCollection().primaryKeys(),
    db.concepts.toArray(),
    db.rules.toArray(),
    db.changes.toArray(),
    readUserSettings(db),
    readDescriptors(db),
  ]);
  const conceptPhrases = new Map<string, Set<string>>();
  for (const set of concepts) {
    const s = conceptPhrases.get(set.concept) ?? new Set<string>();
    for (const p of set.phrases) s.add(normalizePhrase(p));
    conceptPhrases.set(set.concept, s);
  }
  const ruleCounts = new Map<string, number>();
  for (const r of rules) ruleCounts.set(r.code, (ruleCounts.get(r.code) ?? 0) + 1);
  return {
    builtinCodes: new Map(codes.map((c) => [c.code, c])),
    modifiers: new Set(modifiers),
    concepts: conceptPhrases,
    ruleCounts,
    current: new Map(changes.map((c) => [c.id, c])),
    currentSettings,
    currentDescriptors,
  };
}

/** Checks an export file and says what importing it would add and change. Writes nothing. */
export async function previewImport(db: CodeStore, text: string): Promise<PlanResult> {
  return planImport(text, await importContext(db));
}

/** Writes a checked plan: all of it, or (on any failure) none of it. */
export async function applyImport(db: CodeStore, plan: ImportPlan): Promise<void> {
  await db.transaction('rw', db.changes, db.meta, db.descriptors, async () => {
    await db.changes.bulkPut(plan.rows);
    if (plan.settings && Object.keys(plan.settings).length) {
      const current = await readUserSettings(db);
      await db.meta.put({ key: SETTINGS_KEY, value: { ...current, ...plan.settings } });
    }
    const now = Date.now();
    await db.descriptors.bulkPut(plan.descriptors.map((d) => ({ code: d.code, text: d.text, importedAt: now })));
  });
}

/** The user's changes as the text of one JSON file; licensed descriptors only when asked. */
export async function exportChanges(db: CodeStore, opts: { includeLicensed?: boolean } = {}): Promise<string> {
  const [changes, settings, version, edition, descriptors] = await Promise.all([
    db.changes.toArray(),
    readUserSettings(db),
    db.meta.get(DATA_VERSION_KEY),
    db.meta.get(EDITION_KEY),
    opts.includeLicensed ? readDescriptors(db) : Promise.resolve(undefined),
  ]);
  const file = buildExport(changes, settings, {
    edition: typeof edition?.value === 'string' ? edition.value : '',
    dataVersion: typeof version?.value === 'number' ? version.value : 0,
    descriptors,
  });
  return `${JSON.stringify(file, null, 2)}\n`;
}

export interface DescriptorPreview {
  rows: { code: string; text: string }[];
  added: number;
  changed: number;
  unchanged: number;
  /** Codes of the file that are in the code set (the others are kept for custom codes added later). */
  inCodeSet: number;
  encoding: string;
  header: boolean;
}

export async function previewDescriptors(db: CodeStore, bytes: Uint8Array): Promise<{ ok: true; preview: DescriptorPreview } | { ok: false; errors: string[] }> {
  const parsed = parseDescriptorFile(bytes);
  if (!parsed.ok) return parsed;
  const current = await readDescriptors(db);
  const codes = new Set(await db.codes.toCollection().primaryKeys());
  for (const c of await db.changes.where('kind').equals('code').toArray()) codes.add(c.code);
  let added = 0;
  let changed = 0;
  let inCodeSet = 0;
  for (const r of parsed.rows) {
    const old = current.get(r.code);
    if (old === undefined) added++;
    else if (old !== r.text) changed++;
    if (codes.has(r.code)) inCodeSet++;
  }
  return {
    ok: true,
    preview: { rows: parsed.rows, added, changed, unchanged: parsed.rows.length - added - changed, inCodeSet, encoding: parsed.encoding, header: parsed.header },
  };
}

export async function applyDescriptors(db: CodeStore, rows: readonly { code: string; text: string }[]): Promise<void> {
  const now = Date.now();
  await db.transaction('rw', db.descriptors, async () => {
    await db.descriptors.bulkPut(rows.map((r) => ({ code: r.code, text: r.text, importedAt: now })));
  });
}

export async function clearDescriptors(db: CodeStore): Promise<void> {
  await db.descriptors.clear();
}
