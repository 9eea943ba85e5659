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
  /**
   * Everything below is the engine's knowledge, as data. All optional so a
   * ruleset holding only codes and modifiers (e.g. an imported code store)
   * is still a valid Ruleset; the engine then simply suggests nothing.
   */
  abbreviations?: Abbreviation[];
  concepts?: ConceptPhrases[];
  triggers?: ContextTrigger[];
  terminations?: TerminationTerm[];
  headings?: HeadingEntry[];
  sides?: SideEntry[];
  rules?: CodeRule[];
  modifierCues?: ModifierCue[];
  pairEdits?: PairEdit[];
}

/** A single-token abbreviation and the words it stands for ("rul" -> "right upper lobe"). */
export interface Abbreviation {
  abbr: string;
  expansion: string;
}

/** Phrases (variants and misspellings included) that all mean one concept. */
export interface ConceptPhrases {
  concept: string;
  phrases: string[];
  /** Further concepts every phrase of this set also stands for. */
  also?: string[];
}

export type ContextCategory = 'negated' | 'historical' | 'hypothetical' | 'otherPerson';

/** A NegEx/ConText trigger. `pseudo` triggers match only to stop a shorter real trigger. */
export interface ContextTrigger {
  phrase: string;
  category: ContextCategory | 'pseudo';
  direction: 'forward' | 'backward' | 'both';
  /** Scope in tokens (the sentence end always closes it). */
  window?: number;
}

/** Words that close the scope of triggers of the given categories. */
export interface TerminationTerm {
  phrase: string;
  categories: ContextCategory[];
}

export type SectionKind =
  | 'procedure'
  | 'description'
  | 'findings'
  | 'diagnosis'
  | 'indications'
  | 'history'
  | 'familyHistory'
  /** A discharge summary's hospital course: what happened during the stay, told afterwards. */
  | 'hospitalCourse'
  | 'plan'
  | 'surgeon'
  | 'assistant'
  | 'cosurgeon'
  | 'anesthesia'
  | 'other'
  | 'unknown';

export interface HeadingEntry {
  phrase: string;
  kind: SectionKind;
}

/** A laterality phrase; `weight` below 1 for indirect cues (patient position). */
export interface SideEntry {
  phrase: string;
  side: 'R' | 'L' | 'B' | 'none';
  weight?: number;
}

/** One way a code can be evidenced. */
export interface RuleClause {
  /** Every entry must be found; an entry is a concept or a list of alternatives. */
  all: (string | string[])[];
  /** 'sentence': all in one sentence; 'procedure': anywhere in the procedure/description text. */
  scope: 'sentence' | 'procedure';
  /** Confidence when this clause alone is met. */
  base: number;
  /** Entries (concept ids) that may also come from diagnosis/indications/findings. */
  anySection?: string[];
}

export interface CodeRule {
  code: string;
  clauses: RuleClause[];
  /** What the evidence shows, in our words, for the reasons list. */
  reason: string;
  /** Each group: one of its concepts must be affirmed in the procedure text. */
  requires?: string[][];
  /** Affirmed anywhere in the procedure text: this rule does not apply (a sibling does). */
  unless?: string[];
  /** `unless` is ignored when one of these is affirmed (e.g. converted to open). */
  unlessExcept?: string[];
  /** Negated/planned mention of an `unless` concept: confidence bonus and a reason. */
  negatedUnlessBonus?: number;
  /** Like `requires`, but also met in the diagnosis/indications/findings and by historical mentions. */
  requiresSupport?: string[][];
  /** `requires` may also be met by a historical mention ("the previous thoracotomy was reopened"). */
  requiresAllowHistory?: boolean;
  /** A `requires`/`unless` mention in a sentence with one of these does not count (e.g. vascular reconstruction). */
  cueBlock?: string[];
  /** In the same sentence as the evidence: that evidence does not count. */
  blockSentence?: string[];
  /**
   * The organ the code is about: one of these concepts must be named (in any
   * context) in the procedure, description, diagnosis, indications or
   * findings, else the rule does not apply ("lobectomy" of a thyroid).
   */
  site?: string[];
  /** Affirmed in the procedure text: cap the confidence and say why. */
  demote?: { concepts: string[]; to: number; reason: string; /** Not when the demoting procedure is on the other side (a chest tube in the other chest). */ unlessOtherSide?: boolean }[];
  /** Affirmed in the procedure text: raise the confidence. */
  support?: { concepts: string[]; bonus: number; reason: string }[];
  /** Must be named in the procedure list (when the note has one), else capped below 0.5. */
  listOnly?: boolean;
  /** Add-on code: reported only with one of these primaries. */
  addOnTo?: string[];
  /** Extra warning always attached (e.g. payer differences). */
  note?: string;
  /** Rank among codes of one note: higher is reported first (roughly the work). */
  rank?: number;
}

/** Concepts that support a modifier; the logic for each modifier is in modifiers.ts. */
export interface ModifierCue {
  modifier: string;
  /** Strong cues: one is enough. */
  strong: string[];
  /** Weak cues: two different ones are needed (when no strong cue). */
  weak?: string[];
  /** Contexts that still count (e.g. history of radiation supports 22). */
  allowContexts?: ContextCategory[];
  /**
   * One of these must also be affirmed (procedure, description, diagnosis,
   * indications or findings), else the cue does not count: a return to the
   * OR supports 78 only when a complication of the earlier operation is named.
   */
  requires?: string[];
  /**
   * A strong cue does not count when its sentence names one of these, negated,
   * and the candidate's own evidence does not: "resection was abandoned"
   * before a pleurodesis that was done is not a discontinued pleurodesis.
   */
  otherInSentence?: string[];
}

/** An NCCI-style procedure-to-procedure edit. */
export interface PairEdit {
  /** Column 1 (kept). */
  primary: string[];
  /** Column 2 (dropped or demoted when both are found). */
  secondary: string[];
  /** never: no modifier separates them; distinct: 59/XS with documentation. */
  kind: 'never' | 'distinct';
  why: string;
  /** For guidance codes: warn when one of these concepts is in the note. */
  warnConcepts?: string[];
}

export interface Engine {
  analyze(text: string): Suggestion[];
}
