import type { CodeRule, Ruleset } from '../engine/types';
import { CONTEXT_KINDS, type CodeStore, type StoredRule } from './db';

export const DATA_VERSION_KEY = 'dataVersion';
export const EDITION_KEY = 'edition';

/** Built-in rules as rows: `code#n`, n counting that code's rules in order. */
export function ruleRows(rules: readonly CodeRule[]): StoredRule[] {
  const seen = new Map<string, number>();
  return rules.map((rule, order) => {
    const n = seen.get(rule.code) ?? 0;
    seen.set(rule.code, n + 1);
    return { id: `${rule.code}#${n}`, code: rule.code, n, order, rule };
  });
}

/**
 * Loads the built-in data when the store is new or holds another data
 * version. Only the built-in tables are replaced: the user's changes,
 * imported descriptors and settings are left exactly as they are. One
 * transaction, so a failure leaves the previous data whole. Returns true
 * when it wrote anything.
 */
export async function seedStore(db: CodeStore, ruleset: Ruleset): Promise<boolean> {
  return db.transaction('rw', [db.meta, ...db.builtinTables()], async () => {
    const current = await db.meta.get(DATA_VERSION_KEY);
    if (current && current.value === ruleset.dataVersion) return false;
    await Promise.all(db.builtinTables().map((t) => t.clear()));
    await db.codes.bulkPut(ruleset.codes.map((c, order) => ({ ...c, order })));
    await db.modifiers.bulkPut(ruleset.modifiers);
    await db.concepts.bulkPut((ruleset.concepts ?? []).map((c, order) => ({ ...c, order })));
    await db.rules.bulkPut(ruleRows(ruleset.rules ?? []));
    await db.contextRules.bulkPut(CONTEXT_KINDS.map((kind) => ({ kind, items: [...(ruleset[kind] ?? [])] })));
    await db.pairEdits.bulkPut((ruleset.pairEdits ?? []).map((e, id) => ({ ...e, id })));
    await db.meta.put({ key: DATA_VERSION_KEY, value: ruleset.dataVersion });
    await db.meta.put({ key: EDITION_KEY, value: ruleset.edition });
    return true;
  });
}

/** The built-in ruleset as stored (what `seedStore` wrote), for the options page and the popup. */
export async function readBaseRuleset(db: CodeStore): Promise<Ruleset> {
  return db.transaction('r', [db.meta, ...db.builtinTables()], async () => {
    const [codes, modifiers, concepts, rules, context, pairEdits, version, edition] = await Promise.all([
      db.codes.toArray(),
      db.modifiers.toArray(),
      db.concepts.toArray(),
      db.rules.toArray(),
      db.contextRules.toArray(),
      db.pairEdits.orderBy('id').toArray(),
      db.meta.get(DATA_VERSION_KEY),
      db.meta.get(EDITION_KEY),
    ]);
    const list = <T>(kind: string) => (context.find((c) => c.kind === kind)?.items ?? []) as T[];
    const ordered = <T extends { order?: number }>(rows: T[]) =>
      rows.sort((a, b) => (a.order ?? 0) - (b.order ?? 0)).map(({ order: _order, ...row }) => row);
    rules.sort((a, b) => a.order - b.order);
    return {
      edition: typeof edition?.value === 'string' ? edition.value : '',
      dataVersion: typeof version?.value === 'number' ? version.value : 0,
      codes: ordered(codes),
      modifiers,
      concepts: ordered(concepts),
      rules: rules.map((r) => r.rule),
      abbreviations: list('abbreviations'),
      triggers: list('triggers'),
      terminations: list('terminations'),
      headings: list('headings'),
      sides: list('sides'),
      modifierCues: list('modifierCues'),
      pairEdits: pairEdits.map(({ id: _id, ...e }) => e),
    };
  });
}
