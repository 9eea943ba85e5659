/**
 * Build-time work, done once per ruleset in createEngine: the vocabulary,
 * abbreviation expansions, one automaton over every phrase of every layer,
 * and rules with concept names turned into integer ids.
 */
import type { CodeEntry, CodeRule, ContextCategory, ModifierCue, PairEdit, Ruleset, SectionKind } from './types';
import { Vocab, phraseWords } from './normalize';
import { Automaton } from './automaton';
import { BACKWARD, BOTH, CATEGORY_BIT, FORWARD } from './context';

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
  clauses: { all: number[][]; sentence: boolean; base: number; anySection: Set<number> }[];
  requires: number[][];
  requiresSupport: number[][];
  unless: number[];
  unlessExcept: number[];
  blockSentence: number[];
  site: number[];
  cueBlock: number[];
  demote: { concepts: number[]; to: number; reason: string }[];
  support: { concepts: number[]; bonus: number; reason: string }[];
}

export interface Compiled {
  vocab: Vocab;
  automaton: Automaton;
  /** Per automaton phrase: bit set of layers it belongs to. */
  layers: Uint8Array;
  /** Per automaton phrase: concept ids (concept layer). */
  conceptsOf: (number[] | undefined)[];
  triggerOf: (TriggerDef[] | undefined)[];
  termOf: Int32Array;
  headingOf: (SectionKind | undefined)[];
  sideOf: ({ side: 'R' | 'L' | 'B' | 'none'; weight: number } | undefined)[];
  conceptIds: Map<string, number>;
  conceptNames: string[];
  /** Per automaton phrase: 1 when it marks an operative/procedure note (concept "opnote"). */
  opnotePhrase: Uint8Array;
  rules: CompiledRule[];
  codes: Map<string, CodeEntry>;
  modifierCues: ModifierCue[];
  pairEdits: PairEdit[];
  ruleset: Ruleset;
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

const PLAIN = /^[a-z0-9 ]+$/;

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

  // Phrase registry: token-id sequence key -> phrase index.
  const seqs: number[][] = [];
  const index = new Map<string, number>();
  const layers: number[] = [];
  const conceptsOf: (number[] | undefined)[] = [];
  const triggerOf: (TriggerDef[] | undefined)[] = [];
  const termOf: number[] = [];
  const headingOf: (SectionKind | undefined)[] = [];
  const sideOf: ({ side: 'R' | 'L' | 'B' | 'none'; weight: number } | undefined)[] = [];

  const register = (phrase: string, fn: (p: number) => void) => {
    // Tokenise through the vocab so abbreviations in a phrase expand the same way as in text.
    // Plain lowercase phrases (most of them) split exactly as the tokenizer would read them.
    const plain = PLAIN.test(phrase) ? phrase.split(' ').filter((w) => w.length > 0) : phraseWords(phrase);
    const words = expandWords(plain, vocab);
    if (words.length === 0) return;
    for (const variant of joinVariants(words)) {
      const ids = variant.map((w) => vocab.add(w));
      const key = ids.join(',');
      let p = index.get(key);
      if (p === undefined) {
        p = seqs.length;
        index.set(key, p);
        seqs.push(ids);
        layers.push(0);
        conceptsOf.push(undefined);
        triggerOf.push(undefined);
        termOf.push(0);
        headingOf.push(undefined);
        sideOf.push(undefined);
      }
      fn(p);
    }
  };

  for (const set of ruleset.concepts ?? []) {
    const ids = [cid(set.concept), ...(set.also ?? []).map(cid)];
    for (const phrase of set.phrases) {
      register(phrase, (p) => {
        layers[p] |= L_CONCEPT;
        const list = conceptsOf[p] ?? (conceptsOf[p] = []);
        for (const id of ids) if (!list.includes(id)) list.push(id);
      });
    }
  }
  for (const t of ruleset.triggers ?? []) {
    const def: TriggerDef = {
      cat: t.category === 'pseudo' ? 0 : CATEGORY_BIT[t.category as ContextCategory],
      dir: t.direction === 'forward' ? FORWARD : t.direction === 'backward' ? BACKWARD : BOTH,
      window: t.window ?? 8,
    };
    register(t.phrase, (p) => {
      layers[p] |= L_TRIGGER;
      (triggerOf[p] ?? (triggerOf[p] = [])).push(def);
    });
  }
  for (const t of ruleset.terminations ?? []) {
    let bits = 0;
    for (const c of t.categories) bits |= CATEGORY_BIT[c];
    register(t.phrase, (p) => {
      layers[p] |= L_TERM;
      termOf[p] |= bits;
    });
  }
  for (const h of ruleset.headings ?? []) {
    register(h.phrase, (p) => {
      layers[p] |= L_HEADING;
      headingOf[p] = headingOf[p] ?? h.kind;
    });
  }
  for (const s of ruleset.sides ?? []) {
    register(s.phrase, (p) => {
      layers[p] |= L_SIDE;
      sideOf[p] = { side: s.side, weight: s.weight ?? 1 };
    });
  }

  const ids = (names: string[] | undefined) => (names ?? []).map(cid);
  const rules: CompiledRule[] = (ruleset.rules ?? []).map((rule) => ({
    rule,
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
    demote: (rule.demote ?? []).map((d) => ({ concepts: ids(d.concepts), to: d.to, reason: d.reason })),
    support: (rule.support ?? []).map((s) => ({ concepts: ids(s.concepts), bonus: s.bonus, reason: s.reason })),
  }));
  for (const cue of ruleset.modifierCues ?? []) for (const c of [...cue.strong, ...(cue.weak ?? [])]) cid(c);
  for (const e of ruleset.pairEdits ?? []) for (const c of e.warnConcepts ?? []) cid(c);

  const automaton = new Automaton(seqs, vocab.size);
  const opnoteId = conceptIds.get('opnote');
  const opnotePhrase = new Uint8Array(seqs.length);
  for (let p = 0; p < seqs.length; p++) if (opnoteId !== undefined && conceptsOf[p]?.includes(opnoteId)) opnotePhrase[p] = 1;
  const codes = new Map<string, CodeEntry>();
  for (const c of ruleset.codes) codes.set(c.code, c);
  return {
    vocab,
    automaton,
    layers: Uint8Array.from(layers),
    conceptsOf,
    triggerOf,
    termOf: Int32Array.from(termOf),
    headingOf,
    sideOf,
    conceptIds,
    conceptNames,
    opnotePhrase,
    rules,
    codes,
    modifierCues: ruleset.modifierCues ?? [],
    pairEdits: ruleset.pairEdits ?? [],
    ruleset,
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
