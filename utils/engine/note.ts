/**
 * Reading one note: tokens -> one automaton pass -> headings/sections ->
 * sentences -> context of every concept mention. The result (Note) is what
 * rules.ts and modifiers.ts reason about.
 */
import type { SectionKind } from './types';
import type { Compiled } from './compile';
import { L_CONCEPT, L_HEADING, L_SIDE, L_TERM, L_TRIGGER } from './compile';
import { tokenize, type Tokens } from './normalize';
import { selectLongestLayers } from './automaton';
import { findSections, scopeIds, sentenceIds, type HeadingCandidate, type SectionMap } from './sections';
import { ContextIndex, HIST, HYPO, OTHER, type TermHit, type TriggerHit } from './context';

export interface Mention {
  concept: number;
  first: number;
  last: number;
  sent: number;
  section: number;
  kind: SectionKind;
  flags: number;
  /** Trigger that set the flags (index into Note.triggers), -1 when none or section-level. */
  trigger: number;
}

export interface SideHit {
  first: number;
  last: number;
  sent: number;
  kind: SectionKind;
  side: 'R' | 'L' | 'B' | 'none';
  weight: number;
}

export interface Note {
  text: string;
  tokens: Tokens;
  sent: Int32Array;
  sections: SectionMap;
  byConcept: Mention[][];
  sides: SideHit[];
  triggers: TriggerHit[];
  /** The note has a procedure list section with words in it. */
  hasList: boolean;
  /** The note reads as an operative or procedure note. */
  opNote: boolean;
}

/** Sections whose words can evidence a code. */
export function isCodeKind(kind: SectionKind): boolean {
  return kind === 'procedure' || kind === 'description' || kind === 'unknown';
}

/** Sections that may support (not originate) a code: the diagnosis, indications, findings. */
export function isSupportKind(kind: SectionKind): boolean {
  return kind === 'diagnosis' || kind === 'indications' || kind === 'findings';
}

const SECTION_FLAGS: Partial<Record<SectionKind, number>> = {
  history: HIST,
  familyHistory: OTHER,
  plan: HYPO,
};

export interface ReadOptions {
  /** Stop after the sections when the text does not read as an operative or procedure note (no codes come from it). */
  onlyOpNotes?: boolean;
}

export function readNote(text: string, c: Compiled, options: ReadOptions = {}): Note {
  // Imported constants are read once: module bindings can cost a call each under some loaders.
  const LC = L_CONCEPT;
  const LH = L_HEADING;
  const LT = L_TRIGGER;
  const LM = L_TERM;
  const LS = L_SIDE;
  const tokens = tokenize(text, { vocab: c.vocab });
  const matches = c.automaton.scan(tokens.id, tokens.count);
  const layers = c.layers;

  const [headIdx, trigIdx, termIdx, conceptIdx, sideIdx] = selectLongestLayers(matches, layers, tokens.count, [LH, LT, LM, LC, LS]);
  const heads: HeadingCandidate[] = headIdx.map((k) => ({
    first: matches.first[k],
    last: matches.last[k],
    kind: c.headingOf[matches.phrase[k]]!,
  }));
  const sections = findSections(text, tokens, heads);
  const sent = sentenceIds(tokens);
  const sec = sections.sections;
  const inHeading = (tok: number): boolean => {
    const s = sec[sections.ofToken[tok]];
    return s.headFirst >= 0 && tok >= s.headFirst && tok <= s.headLast;
  };

  const triggers: TriggerHit[] = [];
  let opNote = false;
  for (const s of sec) if ((s.kind === 'procedure' || s.kind === 'description') && s.to > s.from) opNote = true;
  if (!opNote) {
    const isOp = c.opnotePhrase;
    for (const k of conceptIdx) if (isOp[matches.phrase[k]] === 1 && !inHeading(matches.first[k])) opNote = true;
  }
  if (!opNote && options.onlyOpNotes) {
    return { text, tokens, sent, sections, byConcept: [], sides: [], triggers: [], hasList: false, opNote };
  }

  for (const k of trigIdx) {
    const first = matches.first[k];
    if (inHeading(first)) continue;
    for (const def of c.triggerOf[matches.phrase[k]]!) {
      triggers.push({ first, last: matches.last[k], cat: def.cat, dir: def.dir, window: def.window });
    }
  }
  const terms: TermHit[] = [];
  for (const k of termIdx) {
    terms.push({ first: matches.first[k], last: matches.last[k], cats: c.termOf[matches.phrase[k]] });
  }
  const ctx = new ContextIndex(triggers, terms, scopeIds(tokens));

  const byConcept: Mention[][] = [];
  for (let i = 0; i < c.conceptNames.length; i++) byConcept.push([]);
  for (const k of conceptIdx) {
    const first = matches.first[k];
    const last = matches.last[k];
    if (inHeading(first)) continue;
    const secIdx = sections.ofToken[first];
    const kind = sec[secIdx].kind;
    const r = ctx.classify(first, last);
    const flags = r.flags | (SECTION_FLAGS[kind] ?? 0);
    for (const concept of c.conceptsOf[matches.phrase[k]]!) {
      byConcept[concept].push({ concept, first, last, sent: sent[first], section: secIdx, kind, flags, trigger: r.trigger });
    }
  }

  const sides: SideHit[] = [];
  for (const k of sideIdx) {
    const first = matches.first[k];
    if (inHeading(first)) continue;
    const def = c.sideOf[matches.phrase[k]]!;
    sides.push({ first, last: matches.last[k], sent: sent[first], kind: sec[sections.ofToken[first]].kind, side: def.side, weight: def.weight });
  }

  let hasList = false;
  for (const s of sec) if (s.kind === 'procedure' && s.to > s.from) hasList = true;
  return { text, tokens, sent, sections, byConcept, sides, triggers, hasList, opNote };
}

/** Original text of tokens [first, last]. */
export function spanText(note: Note, first: number, last: number): string {
  return note.text.slice(note.tokens.start[first], note.tokens.end[last]);
}

/** Index of the first mention in `list` (sorted by position) whose sentence is >= sent. */
export function firstInSentence(list: Mention[], sent: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].sent < sent) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function sectionLabel(note: Note, m: { first: number }): string {
  const s = note.sections.sections[note.sections.ofToken[m.first]];
  if (!s.label) return 'the note text';
  return s.label.replace(/\s+/g, ' ').trim().toUpperCase();
}
