/**
 * The engine's public shapes. Everything here is plain data so the same
 * engine runs in the content script, the popup, Node (`suggest`) and tests.
 */

/** A slice of the ORIGINAL note text: `text === note.slice(start, end)`. */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface Suggestion {
  code: string;
  /** Two-character CPT/HCPCS modifiers, in the order they should be reported. */
  modifiers: string[];
  /** 0..1; at or above 0.5 means "a coder would report this". */
  confidence: number;
  evidence: Evidence[];
  /** Plain-language reasons, each naming the words that support it. */
  reasons: string[];
  /** True for add-on codes, reported only with their primary. */
  addOn?: boolean;
  /** Pair-edit and other warnings a coder must see. */
  warnings?: string[];
}

/** One code of the code set, as shipped (our own summary, never AMA text). */
export interface CodeEntry {
  code: string;
  /** Our own one-line summary. */
  summary: string;
  category: string;
  /** Global period in days: 0, 10 or 90; null for add-on codes (ZZZ) or unknown. */
  globalDays: number | null;
  addOn?: boolean;
  /** Modifiers the code allows (e.g. "50", "62", "80", "82", "AS", "RT", "LT", "78"). */
  allowedModifiers: string[];
  /** Other words a coder may type to find it (options and popup search). */
  synonyms?: string[];
  /** Set when the code was deleted; such codes are never suggested. */
  deleted?: boolean;
}

export interface ModifierEntry {
  modifier: string;
  summary: string;
}

export interface Ruleset {
  /** Code-set edition, e.g. "2024"; bumps when the shipped data changes. */
  edition: string;
  dataVersion: number;
  codes: CodeEntry[];
  modifiers: ModifierEntry[];
}

export interface Engine {
  analyze(text: string): Suggestion[];
}
