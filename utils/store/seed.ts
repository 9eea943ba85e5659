import type { Ruleset } from '../engine/types';
import type { CodeStore } from './db';

export const DATA_VERSION_KEY = 'dataVersion';

/**
 * Loads the built-in code set when the store is new or holds an older data
 * version; one transaction, so a failure leaves the previous data whole.
 * Returns true when it wrote anything.
 */
export async function seedStore(db: CodeStore, ruleset: Ruleset): Promise<boolean> {
  return db.transaction('rw', db.codes, db.meta, async () => {
    const current = await db.meta.get(DATA_VERSION_KEY);
    if (current && current.value === ruleset.dataVersion) return false;
    await db.codes.clear();
    await db.codes.bulkPut(ruleset.codes);
    await db.meta.put({ key: DATA_VERSION_KEY, value: ruleset.dataVersion });
    await db.meta.put({ key: 'edition', value: ruleset.edition });
    return true;
  });
}

/** Our one-line summaries for the given codes, from the store. */
export async function getSummaries(db: CodeStore, codes: string[]): Promise<Map<string, string>> {
  const rows = await db.codes.bulkGet(codes);
  const out = new Map<string, string>();
  rows.forEach((row, i) => {
    if (row) out.set(codes[i], row.summary);
  });
  return out;
}
