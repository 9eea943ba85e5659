/**
 * The user's part of the code store, and the shapes managed packs use.
 * Plain data: merge, import and export are pure functions over these.
 */

/** A code the user (or an administrator) added; same fields as a built-in code. */
export interface CustomCode {
  code: string;
  summary: string;
  category: string;
  globalDays: number | null;
  allowedModifiers: string[];
  synonyms?: string[];
}

/**
 * One change the user made. Ids are derived from the content (see `changeId`),
 * so importing the same change twice is one change, not two.
 */
export type ChangeRow =
  | { id: string; kind: 'code'; code: string; entry: CustomCode; updatedAt: number }
  /** A phrase that, on its own in a sentence of the procedure text, suggests `code`. */
  | { id: string; kind: 'phrase'; code: string; phrase: string; disabled?: boolean; updatedAt: number }
  /** A built-in phrase of `concept` turned off (seen from `code`'s page). */
  | { id: string; kind: 'disablePhrase'; code: string; concept: string; phrase: string; updatedAt: number }
  /** A built-in rule of `code` turned off (`n`: its position among the code's rules). */
  | { id: string; kind: 'disableRule'; code: string; n: number; updatedAt: number };

export type ChangeKind = ChangeRow['kind'];

/** A change before it has an id and a time. */
export type NewChange = ChangeRow extends infer R ? (R extends ChangeRow ? Omit<R, 'id' | 'updatedAt'> : never) : never;

export interface DescriptorRow {
  code: string;
  /** Licensed text from the organisation's file: never shipped, left out of exports unless asked. */
  text: string;
  importedAt: number;
}

export const COPY_FORMATS = ['comma', 'lines'] as const;
export const LATERALITY_STYLES = ['50', 'rtlt'] as const;

export interface Settings {
  /** Copy all: comma separated, or one code per line. */
  copyFormat: (typeof COPY_FORMATS)[number];
  /** Copy codes with their modifiers (32504-RT) or bare (32504). */
  includeModifiers: boolean;
  /** Bilateral: one line with -50, or two lines -RT and -LT (per payer habit). */
  laterality: (typeof LATERALITY_STYLES)[number];
  /** Modifiers never to suggest. */
  hiddenModifiers: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  copyFormat: 'comma',
  includeModifiers: true,
  laterality: '50',
  hiddenModifiers: [],
};

/** The user's changes as the merge sees them. */
export interface UserChanges {
  changes: ChangeRow[];
}

/** A rule pack an administrator provides through managed storage: read-only. */
export interface ManagedPack {
  id: string;
  name: string;
  codes: CustomCode[];
  phrases: { code: string; phrase: string }[];
}

export interface ManagedConfig {
  packs: ManagedPack[];
  /** Settings the organisation fixes; the user cannot change these. */
  settings: Partial<Settings>;
  /** Problems found in the managed data (that part was skipped). */
  errors: string[];
}

export const EMPTY_MANAGED: ManagedConfig = { packs: [], settings: {}, errors: [] };

export function changeId(row: NewChange): string {
  switch (row.kind) {
    case 'code':
      return codeChangeId(row.code);
    case 'phrase':
      return `phrase:${row.code}:${normalizePhrase(row.phrase)}`;
    case 'disablePhrase':
      return `disablePhrase:${row.concept}:${normalizePhrase(row.phrase)}`;
    case 'disableRule':
      return `disableRule:${row.code}:${row.n}`;
  }
}

export const codeChangeId = (code: string) => `code:${code}`;

/** Lower case, single spaces: how phrases are compared for identity. */
export function normalizePhrase(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/g, ' ').trim();
}
