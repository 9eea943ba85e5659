/**
 * Build-time work, done once per ruleset in createEngine: the vocabulary,
 * abbreviation expansions, one automaton over every phrase of every layer,
 * and rules with concept names turned into integer ids.
 */
import type { CodeEntry, CodeRule, ContextCategory, ModifierCue, PairEdit, Ruleset, SectionKind } from './types';
import { Vocab, phraseWords } from './normalize';
import { TrieBuilder, type Automaton } from './automaton';
import { BACKWARD, BOTH, CATEGORY_BIT, FORWARD, type TriggerDefs } from './context';
import { Scratch } from './scratch';
import { sectionKindCode } from './sections';

/** Concepts modifiers.ts reads by name: they always have an id, mentioned in the ruleset or not. */
export const MODIFIER_CONCEPTS = ['assistant_intro', 'assistant_pa', 'assistant_md', 'resident', 'recent_surgery', 'different_surgeon'] as const;

export const L_CONCEPT = 1;
export const L_TRIGGER = 2;
export const L_TERM = 4;
export const L_HEADING = 8;
export const L_SIDE = 16;

export interface TriggerDef {
  cat: number;
  dir: number;
  window: number;
}

export interface CompiledRule {
  rule: CodeRule;
  /** The code is in the code set and not deleted. */
  active: boolean;
  clauses: { all: number[][]; sentence: boolean; base: number; anySection: Set<number> }[];
  requires: number[][];
  requiresSupport: number[][];
  unless: number[];
  unlessExcept: number[];
  blockSentence: number[];
  site: number[];
  cueBlock: number[];
  demote: { concepts: number[]; to: number; reason: string; unlessOtherSide?: boolean }[];
  support: { concepts: number[]; bonus: number; reason: string }[];
}

/** A ModifierCue with its concept names turned into ids and its allowed contexts into bits. */
export interface CompiledCue {
  modifier: string;
  strong: number[];
  weak: number[];
  /** null: the cue needs nothing else affirmed. */
  requires: number[] | null;
  otherInSentence: number[];
  /** Context flags a cue mention may carry and still count. */
  allow: number;
}

export interface Compiled {
  vocab: Vocab;
  automaton: Automaton;
  /** Per automaton phrase: bit set of layers it belongs to. */
  layers: Uint8Array;
  /** Per automaton phrase: concept ids (concept layer). */
  conceptsOf: (number[] | undefined)[];
  /** The same flattened: phrase p stands for conceptFlat[conceptStart[p] .. conceptStart[p + 1] - 1]. */
  conceptStart: Int32Array;
  conceptFlat: Int32Array;
  triggerOf: (TriggerDef[] | undefined)[];
  /** Trigger definitions flattened: phrase p has rows triggerStart[p] .. triggerStart[p + 1] - 1 of triggerDefs. */
  triggerStart: Int32Array;
  triggerDefs: TriggerDefs;
  termOf: Int32Array;
  headingOf: (SectionKind | undefined)[];
  /** Per automaton phrase: the heading's kind as a section-kind code (sections.ts). */
  headingKind: Uint8Array;
  sideOf: ({ side: 'R' | 'L' | 'B' | 'none'; weight: number } | undefined)[];
  conceptIds: Map<string, number>;
  conceptNames: string[];
  /** Per automaton phrase: 1 when it marks an operative/procedure note (concept "opnote"). */
  opnotePhrase: Uint8Array;
  rules: CompiledRule[];
  codes: Map<string, CodeEntry>;
  /** Allowed modifiers of each code, as sets. */
  allowed: Map<string, Set<string>>;
  modifierCues: ModifierCue[];
  /** Modifier cues by modifier (the first definition of each wins). */
  cues: Map<string, CompiledCue>;
  /** Per concept: its name as words ("chest_wall_recon" -> "chest wall recon"), for reasons. */
  conceptLabel: string[];
  /**
   * Per concept: the rules (indices into `rules`, ascending) that name it in
   * the first entry of some clause. A rule none of whose gate concepts is
   * in a note cannot apply to it, so only the rules reached from the note's
   * concepts are evaluated.
   */
  rulesOf: number[][];
  /** Rules with a clause that names no concept: evaluated on every note. */
  ungatedRules: number[];
  /** Concepts a pair edit looks for, by name (undefined: not in the ruleset). */
  pairConcept: Map<string, number>;
  pairEdits: PairEdit[];
  ruleset: Ruleset;
  /** Per-token arrays reused by analyze from note to note. */
  scratch: Scratch;
}

/** "take back" -> also "takeback"; "right upper lobe" -> "rightupper lobe", ..., "rightupperlobe". */
export function joinVariants(words: string[]): string[][] {
  const out: string[][] = [words];
  if (words.length < 2) return out;
  for (let i = 0; i + 1 < words.length; i++) {
    out.push([...words.slice(0, i), words[i] + words[i + 1], ...words.slice(i + 2)]);
  }
  if (words.length > 2) out.push([words.join('')]);
  return out;
}

/** Only a-z, 0-9 and single spaces: the tokenizer would split it on the spaces. */
function isPlain(phrase: string): boolean {
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 32)) return false;
  }
  return true;
}

function splitPlain(phrase: string): string[] {
  const out: string[] = [];
  for (const w of phrase.split(' ')) if (w.length > 0) out.push(w);
  return out;
}

export function compile(ruleset: Ruleset): Compiled {
  const vocab = new Vocab();
  for (const a of ruleset.abbreviations ?? []) {
    const id = vocab.add(a.abbr.toLowerCase());
    const exp = phraseWords(a.expansion).map((w) => vocab.add(w));
    vocab.expansions[id] = Int32Array.from(exp);
  }
  const conceptIds = new Map<string, number>();
  const conceptNames: string[] = [];
  const cid = (name: string): number => {
    let id = conceptIds.get(name);
    if (id === undefined) {
      id = conceptNames.length;
      conceptIds.set(name, id);
      conceptNames.push(name);
    }
    return id;
  };

  // Phrase registry: the trie state a token sequence reaches is the phrase's identity.
  const trie = new TrieBuilder();
  const layers: number[] = [];
  const conceptsOf: (number[] | undefined)[] = [];
  const triggerOf: (TriggerDef[] | undefined)[] = [];
  const termOf: number[] = [];
  const headingOf: (SectionKind | undefined)[] = [];
  const sideOf: ({ side: 'R' | 'L' | 'B' | 'none'; weight: number } | undefined)[] = [];
  const found: number[] = [];

  /** Phrase indices of a phrase and its joined variants, into `found`. */
  const register = (phrase: string): number[] => {
    found.length = 0;
    // Tokenise through the vocab so abbreviations in a phrase expand the same way as in text.
    // Plain lowercase phrases (most of them) split exactly as the tokenizer would read them.
    const words = expandWords(isPlain(phrase) ? splitPlain(phrase) : phraseWords(phrase), vocab);
    if (words.length === 0) return found;
    for (const variant of joinVariants(words)) {
      const seq = new Int32Array(variant.length);
      for (let k = 0; k < variant.length; k++) seq[k] = vocab.add(variant[k]);
      const p = trie.intern(seq);
      if (p === layers.length) {
        layers.push(0);
        conceptsOf.push(undefined);
        triggerOf.push(undefined);
        termOf.push(0);
        headingOf.push(undefined);
        sideOf.push(undefined);
      }
      found.push(p);
    }
    return found;
  };

  for (const set of ruleset.concepts ?? []) {
    const ids = [cid(set.concept)];
    for (const a of set.also ?? []) ids.push(cid(a));
    for (const phrase of set.phrases) {
      for (const p of register(phrase)) {
        layers[p] |= L_CONCEPT;
        const list = conceptsOf[p];
        if (list === undefined) conceptsOf[p] = ids.slice();
        else for (const id of ids) if (!list.includes(id)) list.push(id);
      }
    }
  }
  for (const t of ruleset.triggers ?? []) {
    const def: TriggerDef = {
      cat: t.category === 'pseudo' ? 0 : CATEGORY_BIT[t.category as ContextCategory],
      dir: t.direction === 'forward' ? FORWARD : t.direction === 'backward' ? BACKWARD : BOTH,
      window: t.window ?? 8,
    };
    for (const p of register(t.phrase)) {
      layers[p] |= L_TRIGGER;
      (triggerOf[p] ?? (triggerOf[p] = [])).push(def);
    }
  }
  for (const t of ruleset.terminations ?? []) {
    let bits = 0;
    for (const c of t.categories) bits |= CATEGORY_BIT[c];
    for (const p of register(t.phrase)) {
      layers[p] |= L_TERM;
      termOf[p] |= bits;
    }
  }
  for (const h of ruleset.headings ?? []) {
    for (const p of register(h.phrase)) {
      layers[p] |= L_HEADING;
      headingOf[p] = headingOf[p] ?? h.kind;
    }
  }
  for (const s of ruleset.sides ?? []) {
    const def = { side: s.side, weight: s.weight ?? 1 };
    for (const p of register(s.phrase)) {
      layers[p] |= L_SIDE;
      sideOf[p] = def;
    }
  }

  const ids = (names: string[] | undefined) => (names ?? []).map(cid);
  const codes = new Map<string, CodeEntry>();
  for (const c of ruleset.codes) codes.set(c.code, c);
  const allowed = new Map<string, Set<string>>();
  for (const c of ruleset.codes) allowed.set(c.code, new Set(c.allowedModifiers));
  const rules: CompiledRule[] = (ruleset.rules ?? []).map((rule) => ({
    rule,
    active: codes.has(rule.code) && !codes.get(rule.code)!.deleted,
    clauses: rule.clauses.map((c) => ({
      all: c.all.map((e) => (Array.isArray(e) ? e.map(cid) : [cid(e)])),
      sentence: c.scope === 'sentence',
      base: c.base,
      anySection: new Set(ids(c.anySection)),
    })),
    requires: (rule.requires ?? []).map((g) => g.map(cid)),
    requiresSupport: (rule.requiresSupport ?? []).map((g) => g.map(cid)),
    unless: ids(rule.unless),
    unlessExcept: ids(rule.unlessExcept),
    blockSentence: ids(rule.blockSentence),
    site: ids(rule.site),
    cueBlock: ids(rule.cueBlock),
    demote: (rule.demote ?? []).map((d) => ({ concepts: ids(d.concepts), to: d.to, reason: d.reason, unlessOtherSide: d.unlessOtherSide })),
    support: (rule.support ?? []).map((s) => ({ concepts: ids(s.concepts), bonus: s.bonus, reason: s.reason })),
  }));
  const cues = new Map<string, CompiledCue>();
  for (const cue of ruleset.modifierCues ?? []) {
    let allow = 0;
    for (const a of cue.allowContexts ?? []) allow |= CATEGORY_BIT[a];
    const compiledCue = { modifier: cue.modifier, strong: ids(cue.strong), weak: ids(cue.weak), requires: cue.requires ? ids(cue.requires) : null, otherInSentence: ids(cue.otherInSentence), allow };
    if (!cues.has(cue.modifier)) cues.set(cue.modifier, compiledCue);
  }
  const pairConcept = new Map<string, number>();
  for (const name of ['distinct_site', ...(ruleset.pairEdits ?? []).flatMap((e) => e.warnConcepts ?? [])]) pairConcept.set(name, cid(name));
  // Concepts the modifiers read by name.
  for (const name of MODIFIER_CONCEPTS) cid(name);
  const rulesOf: number[][] = conceptNames.map(() => []);
  const ungatedRules: number[] = [];
  rules.forEach((cr, r) => {
    for (const cl of cr.clauses) {
      if (cl.all.length === 0) ungatedRules.push(r);
      else for (const id of cl.all[0]) if (rulesOf[id][rulesOf[id].length - 1] !== r) rulesOf[id].push(r);
    }
  });
  const conceptLabel = conceptNames.map((n) => n.replace(/_/g, ' '));

  const automaton = trie.build();
  const phraseCount = layers.length;
  const opnoteId = conceptIds.get('opnote');
  const opnotePhrase = new Uint8Array(phraseCount);
  for (let p = 0; p < phraseCount; p++) if (opnoteId !== undefined && conceptsOf[p]?.includes(opnoteId)) opnotePhrase[p] = 1;
  const conceptStart = new Int32Array(phraseCount + 1);
  const triggerStart = new Int32Array(phraseCount + 1);
  for (let p = 0; p < phraseCount; p++) {
    conceptStart[p + 1] = conceptStart[p] + (conceptsOf[p]?.length ?? 0);
    triggerStart[p + 1] = triggerStart[p] + (triggerOf[p]?.length ?? 0);
  }
  const conceptFlat = new Int32Array(conceptStart[phraseCount]);
  const nDefs = triggerStart[phraseCount];
  const triggerDefs: TriggerDefs = { cat: new Int32Array(nDefs), dir: new Int32Array(nDefs), window: new Int32Array(nDefs) };
  for (let p = 0; p < phraseCount; p++) {
    const cs = conceptsOf[p];
    if (cs) for (let j = 0; j < cs.length; j++) conceptFlat[conceptStart[p] + j] = cs[j];
    const ts = triggerOf[p];
    if (ts) {
      for (let j = 0; j < ts.length; j++) {
        const r = triggerStart[p] + j;
        triggerDefs.cat[r] = ts[j].cat;
        triggerDefs.dir[r] = ts[j].dir;
        triggerDefs.window[r] = ts[j].window;
      }
    }
  }
  return {
    vocab,
    automaton,
    layers: Uint8Array.from(layers),
    conceptsOf,
    conceptStart,
    conceptFlat,
    triggerOf,
    triggerStart,
    triggerDefs,
    termOf: Int32Array.from(termOf),
    headingOf,
    headingKind: Uint8Array.from(headingOf, (k) => (k === undefined ? 0 : sectionKindCode(k))),
    sideOf,
    conceptIds,
    conceptNames,
    opnotePhrase,
    rules,
    codes,
    allowed,
    modifierCues: ruleset.modifierCues ?? [],
    cues,
    conceptLabel,
    rulesOf,
    ungatedRules,
    pairConcept,
    pairEdits: ruleset.pairEdits ?? [],
    ruleset,
    scratch: new Scratch(),
  };
}

/** Expand abbreviation words of a phrase ("vats lobectomy") the way the tokenizer expands text. */
function expandWords(words: string[], vocab: Vocab): string[] {
  const out: string[] = [];
  for (const w of words) {
    const id = vocab.get(w);
    const exp = id >= 0 ? vocab.expansions[id] : undefined;
    if (exp) for (const e of exp) out.push(vocab.word(e));
    else out.push(w);
  }
  return out;
}
