import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { CodeStore, SCHEMA_V1, SCHEMA_V2 } from '@/utils/store/db';
import { DATA_VERSION_KEY, readBaseRuleset, seedStore } from '@/utils/store/seed';
import { createEngine } from '@/utils/engine';
import { defaultRuleset } from '@/data';
import type { ChangeRow } from '@/utils/store/types';
import { readFileSync, readdirSync } from 'node:fs';

let counter = 0;
const names: string[] = [];
function freshName(): string {
  const name = `codecue-schema-${++counter}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const withVersion = (dataVersion: number, summary?: string) => ({
  ...defaultRuleset,
  dataVersion,
  codes: defaultRuleset.codes.map((c) => (summary && c.code === '32503' ? { ...c, summary } : c)),
});

describe('schema upgrade', () => {
  it('opens a version-1 database as version 2 with nothing lost', async () => {
    const name = freshName();
    // A database exactly as the skeleton (schema version 1) made it.
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('codes').bulkPut([
      { code: '32503', summary: 'old summary', category: 'lung', globalDays: 90, allowedModifiers: ['RT'] },
      { code: '32504', summary: 'kept', category: 'lung', globalDays: 90, allowedModifiers: ['RT', 'LT'], synonyms: ['pancoast mesh'] },
    ]);
    await v1.table('meta').bulkPut([
      { key: DATA_VERSION_KEY, value: 1 },
      { key: 'edition', value: '2024' },
    ]);
    v1.close();

    const db = new CodeStore(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(SCHEMA_V2).sort());
    expect(await db.codes.count()).toBe(2);
    expect(await db.codes.get('32503')).toEqual({ code: '32503', summary: 'old summary', category: 'lung', globalDays: 90, allowedModifiers: ['RT'], synonyms: [] });
    expect((await db.codes.get('32504'))?.synonyms).toEqual(['pancoast mesh']);
    expect((await db.meta.get('edition'))?.value).toBe('2024');
    // The v1 data version is kept, and cleared so the next seed loads the tables v1 did not have.
    expect((await db.meta.get('upgradedFrom'))?.value).toEqual({ schema: 1, dataVersion: 1 });
    expect(await db.meta.get(DATA_VERSION_KEY)).toBeUndefined();
    expect(await db.changes.count()).toBe(0);
    db.close();
  });

  it('after the upgrade, seeding the same data version loads the phrases and rules v1 never had', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('codes').bulkPut(defaultRuleset.codes);
    await v1.table('meta').put({ key: DATA_VERSION_KEY, value: defaultRuleset.dataVersion });
    v1.close();

    const db = new CodeStore(name);
    expect(await seedStore(db, defaultRuleset)).toBe(true);
    const base = await readBaseRuleset(db);
    expect(base.rules).toEqual(defaultRuleset.rules);
    expect(base.concepts).toEqual(defaultRuleset.concepts);
    db.close();
  });

  it('keeps every earlier version declared (Dexie needs them to upgrade old databases)', () => {
    const src = readFileSync('utils/store/db.ts', 'utf8');
    expect(src).toMatch(/this\.version\(1\)\.stores\(SCHEMA_V1\)/);
    expect(src).toMatch(/this\.version\(2\)/);
  });
});

describe('seeding and updates', () => {
  it('stores the whole built-in ruleset and reads it back unchanged', async () => {
    const db = new CodeStore(freshName());
    expect(await seedStore(db, defaultRuleset)).toBe(true);
    const back = await readBaseRuleset(db);
    expect(back.codes).toEqual(defaultRuleset.codes);
    expect(back.rules).toEqual(defaultRuleset.rules);
    expect(back.concepts).toEqual(defaultRuleset.concepts);
    expect(back.triggers).toEqual(defaultRuleset.triggers);
    expect(back.pairEdits).toEqual(defaultRuleset.pairEdits);
    expect(back.modifierCues).toEqual(defaultRuleset.modifierCues);
    expect(back.dataVersion).toBe(defaultRuleset.dataVersion);
    db.close();
  });

  it('the engine built from the stored ruleset suggests exactly what the shipped one does', async () => {
    const db = new CodeStore(freshName());
    await seedStore(db, defaultRuleset);
    const stored = createEngine(await readBaseRuleset(db));
    const shipped = createEngine(defaultRuleset);
    const dir = 'tests/fixtures/notes';
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(`${dir}/${f}`, 'utf8');
      expect(stored.analyze(text), f).toEqual(shipped.analyze(text));
    }
    db.close();
  });

  it('a new data version refreshes the built-in part and keeps every user change', async () => {
    const db = new CodeStore(freshName());
    await seedStore(db, withVersion(1));
    const changes: ChangeRow[] = [
      { id: 'code:3299X', kind: 'code', code: '3299X', entry: { code: '3299X', summary: 'Ours', category: 'Custom', globalDays: 0, allowedModifiers: [] }, updatedAt: 1 },
      { id: 'phrase:32994:ice ball ablation', kind: 'phrase', code: '32994', phrase: 'ice ball ablation', updatedAt: 1 },
      { id: 'disablePhrase:apex_tumor:apical mass', kind: 'disablePhrase', code: '32503', concept: 'apex_tumor', phrase: 'apical mass', updatedAt: 1 },
    ];
    await db.changes.bulkPut(changes);
    await db.descriptors.put({ code: '32503', text: 'Licensed text', importedAt: 1 });
    await db.meta.put({ key: 'settings', value: { copyFormat: 'lines' } });

    expect(await seedStore(db, withVersion(2, 'a newer summary'))).toBe(true);
    expect((await db.codes.get('32503'))?.summary).toBe('a newer summary');
    expect((await db.meta.get(DATA_VERSION_KEY))?.value).toBe(2);
    expect(await db.changes.toArray()).toEqual([...changes].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await db.descriptors.get('32503')).toEqual({ code: '32503', text: 'Licensed text', importedAt: 1 });
    expect((await db.meta.get('settings'))?.value).toEqual({ copyFormat: 'lines' });
    db.close();
  });

  it('an update that drops a built-in code removes it from the built-in part only', async () => {
    const db = new CodeStore(freshName());
    await seedStore(db, withVersion(1));
    const fewer = { ...withVersion(2), codes: defaultRuleset.codes.filter((c) => c.code !== '32960'), rules: defaultRuleset.rules!.filter((r) => r.code !== '32960') };
    await seedStore(db, fewer);
    expect(await db.codes.get('32960')).toBeUndefined();
    expect(await db.rules.where('code').equals('32960').count()).toBe(0);
    db.close();
  });
});
