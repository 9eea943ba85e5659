import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { defaultRuleset } from '@/data';
import { CodeStore } from '@/utils/store/db';
import { seedStore } from '@/utils/store/seed';
import { addPhrase, saveUserSettings } from '@/utils/store/changes';
import { rescueExport } from '@/utils/store/rescueExport';
import { createAnalysisService } from '@/utils/analysis/service';
import { planImport } from '@/utils/importExport/changesFile';
import { importContext } from '@/utils/importExport/store';

let n = 0;
const names: string[] = [];
function name() {
  const x = `codecue-durable-${++n}`;
  names.push(x);
  return x;
}
afterEach(async () => {
  for (const x of names.splice(0)) await Dexie.delete(x);
});

/** An IndexedDB whose every open fails the way a full disk does. */
function quotaExceededIndexedDB(): IDBFactory {
  return {
    open() {
      const req = {} as IDBOpenDBRequest & { error: DOMException };
      setTimeout(() => {
        Object.defineProperty(req, 'error', { value: new DOMException('The quota has been exceeded.', 'QuotaExceededError') });
        const event = { target: req, type: 'error', preventDefault() {}, stopPropagation() {} } as unknown as Event;
        req.onerror?.call(req, event);
      });
      return req;
    },
    deleteDatabase: indexedDB.deleteDatabase.bind(indexedDB),
    cmp: indexedDB.cmp.bind(indexedDB),
    databases: indexedDB.databases.bind(indexedDB),
  } as IDBFactory;
}

describe('store durability', () => {
  const NOTE = 'PROCEDURE PERFORMED: Right Pancoast tumor resection with chest wall reconstruction using Marlex mesh.';
  const page = (text: string) => ({ text, selection: '', url: 'https://ehr.example/', truncated: false });

  it('a store that cannot be opened costs no suggestions: the shipped data is used and the reason given', async () => {
    const failing = new CodeStore(name(), { indexedDB: quotaExceededIndexedDB(), IDBKeyRange });
    const service = createAnalysisService(failing, async () => ({}));
    const reply = await service.analyze(page(NOTE));
    failing.close();
    expect(reply.storeProblem).toMatch(/no room left/);
    expect(reply.analysis.likely[0].code).toBe('32504');
    expect(reply.summaries['32504']).toBeTruthy();
    const lookup = await service.lookup();
    expect(lookup.storeProblem).toMatch(/no room left/);
    expect(lookup.entries.length).toBeGreaterThan(0);
  });

  it('a working store reports no problem, and a change in it reaches the next analysis', async () => {
    const db = new CodeStore(name());
    const service = createAnalysisService(db, async () => ({}));
    const custom = 'PROCEDURE PERFORMED: Left zebrafinch pleural lavage.';
    const before = await service.analyze(page(custom));
    expect(before.storeProblem).toBeUndefined();
    expect(before.analysis.likely.map((s) => s.code)).not.toContain('32999');
    await addPhrase(db, '32999', 'zebrafinch pleural lavage');
    const after = await service.analyze(page(custom));
    expect(after.analysis.likely.map((s) => s.code)).toContain('32999');
    db.close();
  });

  it('the user\'s rules can be exported straight from IndexedDB, and the file imports into a fresh store', async () => {
    const dbName = name();
    const db = new CodeStore(dbName);
    await seedStore(db, defaultRuleset);
    await addPhrase(db, '32999', 'zebrafinch pleural lavage');
    await saveUserSettings(db, { copyFormat: 'lines' });
    db.close();
    const { file, skipped } = await rescueExport(indexedDB, dbName);
    expect(skipped).toBe(0);
    expect(file.phrases).toEqual([{ code: '32999', phrase: 'zebrafinch pleural lavage' }]);
    expect(file.settings.copyFormat).toBe('lines');
    const fresh = new CodeStore(name());
    await seedStore(fresh, defaultRuleset);
    const plan = planImport(JSON.stringify(file), await importContext(fresh));
    expect(plan.ok).toBe(true);
    fresh.close();
  });

  it('skips a damaged change row instead of failing the rescue', async () => {
    const dbName = name();
    const db = new CodeStore(dbName);
    await seedStore(db, defaultRuleset);
    await addPhrase(db, '32999', 'zebrafinch pleural lavage');
    await db.table('changes').put({ id: 'junk', kind: 'phrase', code: 42 } as never);
    db.close();
    const { file, skipped } = await rescueExport(indexedDB, dbName);
    expect(skipped).toBe(1);
    expect(file.phrases).toHaveLength(1);
  });

  it('rescuing a store that does not exist creates nothing', async () => {
    const dbName = name();
    const { file } = await rescueExport(indexedDB, dbName).catch(() => ({ file: null }));
    expect(file).toBeNull();
    const dbs = await indexedDB.databases();
    expect(dbs.some((d) => d.name === dbName && (d.version ?? 0) > 0)).toBe(false);
  });
});
