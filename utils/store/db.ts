import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { CodeEntry, CodeRule, ConceptPhrases, ModifierEntry, PairEdit } from '../engine/types';
import type { ChangeRow, DescriptorRow } from './types';

/**
 * The one declaration of the code store's IndexedDB schema. Every version
 * ever shipped stays listed here: Dexie upgrades an older database by
 * replaying them in order, and data changes between versions go through
 * `.upgrade()`.
 *
 * Two halves:
 * - built-in data (codes, modifiers, concepts, rules, contextRules,
 *   pairEdits): replaced wholesale by `seedStore` when the shipped data
 *   version changes;
 * - the user's part (changes, descriptors, the settings row of meta): never
 *   touched by seeding, exported and imported as one file.
 *
 * Opened only by extension pages and the background: a content script
 * would open the page's own database, not ours. Note text is never stored.
 */

/**
 * A built-in code. `order` keeps the shipped order (the engine and the
 * options page read codes back in it); licensed descriptor text lives in
 * the descriptors table, which is the user's part.
 */
export type StoredCode = CodeEntry & { order?: number };

/** A built-in phrase set, keyed by its shipped position (a concept may have several sets). */
export type StoredConcept = ConceptPhrases & { order: number };

export interface MetaRow {
  key: string;
  value: unknown;
}

/** A built-in code rule; several may exist per code (`n` is its position among them). */
export interface StoredRule {
  id: string;
  code: string;
  n: number;
  /** Position in the shipped list, so the ruleset reads back exactly as shipped. */
  order: number;
  rule: CodeRule;
}

/** One list of the engine's context knowledge (triggers, terminations, headings, sides, abbreviations, modifier cues). */
export interface ContextRow {
  kind: ContextKind;
  items: unknown[];
}

export const CONTEXT_KINDS = ['abbreviations', 'triggers', 'terminations', 'headings', 'sides', 'modifierCues'] as const;
export type ContextKind = (typeof CONTEXT_KINDS)[number];

export interface StoredPairEdit extends PairEdit {
  id: number;
}

export const DB_NAME = 'codecue';

/** Version 1, as shipped with the skeleton (kept so older databases upgrade). */
export const SCHEMA_V1 = {
  codes: 'code, category',
  meta: 'key',
} as const;

/** Version 2: the whole code store, built-in and user parts. */
export const SCHEMA_V2 = {
  codes: 'code, category',
  meta: 'key',
  modifiers: 'modifier',
  concepts: 'order, concept',
  rules: 'id, code',
  contextRules: 'kind',
  pairEdits: 'id',
  changes: 'id, kind, code',
  descriptors: 'code',
} as const;

export class CodeStore extends Dexie {
  codes!: Table<StoredCode, string>;
  meta!: Table<MetaRow, string>;
  modifiers!: Table<ModifierEntry, string>;
  concepts!: Table<StoredConcept, number>;
  rules!: Table<StoredRule, string>;
  contextRules!: Table<ContextRow, string>;
  pairEdits!: Table<StoredPairEdit, number>;
  changes!: Table<ChangeRow, string>;
  descriptors!: Table<DescriptorRow, string>;

  /** `options` lets tests hand in another IndexedDB (e.g. one that fails to open). */
  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        // v1 code rows could lack synonyms; v2 search and the options page expect a list.
        await tx
          .table('codes')
          .toCollection()
          .modify((c: StoredCode) => {
            if (!Array.isArray(c.synonyms)) c.synonyms = [];
          });
        // v1 stored only the codes; phrases, rules and the rest of the built-in data live in the new
        // tables. Forget the data version (kept under upgradedFrom) so the next seed loads it all.
        const meta = tx.table('meta');
        const version = await meta.get('dataVersion');
        await meta.put({ key: 'upgradedFrom', value: { schema: 1, dataVersion: version?.value ?? null } });
        await meta.delete('dataVersion');
      });
  }

  /** The tables seeding replaces. */
  builtinTables() {
    return [this.codes, this.modifiers, this.concepts, this.rules, this.contextRules, this.pairEdits];
  }
}
