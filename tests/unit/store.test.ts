import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { CodeStore } from '@/utils/store/db';
import { DATA_VERSION_KEY, seedStore } from '@/utils/store/seed';
import type { Ruleset } from '@/utils/engine/types';

function ruleset(dataVersion: number, summary503 = 'Apex lung tumour resection, no chest wall rebuild'): Ruleset {
  return {
    edition: '2024',
    dataVersion,
    modifiers: [{ modifier: 'RT', summary: 'Right side' }],
    codes: [
      { code: '32503', summary: summary503, category: 'lung', globalDays: 90, allowedModifiers: ['RT', 'LT', '62', '80'] },
      { code: '32504', summary: 'Apex lung tumour resection with chest wall rebuild', category: 'lung', globalDays: 90, allowedModifiers: ['RT', 'LT'] },
    ],
  };
}

let counter = 0;
const names: string[] = [];
function freshStore(): CodeStore {
  const name = `codecue-test-${++counter}`;
  names.push(name);
  return new CodeStore(name);
}

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('code store', () => {
  it('seeds the built-in codes into an empty store', async () => {
    const db = freshStore();
    expect(await seedStore(db, ruleset(1))).toBe(true);
    expect(await db.codes.count()).toBe(2);
    expect((await db.meta.get(DATA_VERSION_KEY))?.value).toBe(1);
    expect((await db.codes.get('32504'))?.globalDays).toBe(90);
    db.close();
  });

  it('does not rewrite the store when the data version is unchanged', async () => {
    const db = freshStore();
    await seedStore(db, ruleset(1));
    expect(await seedStore(db, ruleset(1, 'changed but same version'))).toBe(false);
    expect((await db.codes.get('32503'))?.summary).toBe('Apex lung tumour resection, no chest wall rebuild');
    db.close();
  });

  it('refreshes the built-in codes on a new data version', async () => {
    const db = freshStore();
    await seedStore(db, ruleset(1));
    expect(await seedStore(db, ruleset(2, 'newer summary'))).toBe(true);
    expect((await db.codes.get('32503'))?.summary).toBe('newer summary');
    expect((await db.meta.get(DATA_VERSION_KEY))?.value).toBe(2);
    db.close();
  });

  it('keeps the previous data whole when seeding fails', async () => {
    const db = freshStore();
    await seedStore(db, ruleset(1));
    const broken = ruleset(2);
    // A code without its primary key makes bulkPut fail inside the transaction.
    broken.codes.push({ summary: 'no key' } as never);
    await expect(seedStore(db, broken)).rejects.toThrow();
    expect(await db.codes.count()).toBe(2);
    expect((await db.meta.get(DATA_VERSION_KEY))?.value).toBe(1);
    db.close();
  });
});
