/**
 * Operative-note sections. Heading phrases come from data and are found by
 * the shared automaton; here a candidate becomes a heading only when its
 * surroundings say so:
 *  - before: the start of a line (after optional numbering or bullets), the
 *    end of a sentence (". PROCEDURE:"), or the heading is in capitals;
 *  - after: a colon ("PROCEDURE:", "PROCEDURE: ,"), a dash ("Procedure
 *    performed -"), or the end of the line for a heading alone on its line.
 * So headings run inline in one long line are found, and "the procedure
 * performed was" in prose is not.
 */
import type { SectionKind } from './types';
import type { Tokens } from './normalize';
import { CLAUSE, SENT } from './normalize';

export interface HeadingCandidate {
  first: number;
  last: number;
  kind: SectionKind;
}

export interface Section {
  kind: SectionKind;
  /** The heading as written (empty for text before the first heading). */
  label: string;
  /** First content token (inclusive) and end (exclusive). */
  from: number;
  to: number;
  /** Heading token range, -1 when none. */
  headFirst: number;
  headLast: number;
}

export interface SectionMap {
  sections: Section[];
  /** Section index of every token. */
  ofToken: Int32Array;
  /** True when at least one heading was found. */
  hasHeadings: boolean;
}

function isInline(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200b);
}

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
}

function isLowerLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff);
}

/** No lowercase letter in text[a, b). */
function allCaps(text: string, a: number, b: number): boolean {
  let upper = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (isLowerLetter(c)) return false;
    if (isUpper(c)) upper++;
  }
  return upper > 0;
}

/** Only spaces, digits, bullets or numbering between the line start and `at`. */
function atLineStart(text: string, at: number): boolean {
  let i = at - 1;
  for (let k = 0; i >= 0 && k < 12; i--, k++) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (isInline(c) || (c >= 48 && c <= 57) || c === 46 || c === 41 || c === 40 || c === 35 || c === 42 || c === 45 || c === 0x2022) {
      continue;
    }
    return false;
  }
  return i < 0;
}

function afterSentenceEnd(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isInline(text.charCodeAt(i))) i--;
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  return c === 46 || c === 59 || c === 58 || c === 44 || c === 41 || c === 10 || c === 63 || c === 33 || c === 124;
}

/** What follows a heading: 'colon' | 'dash' | 'eol' | 'none'. */
function follower(text: string, at: number): 'colon' | 'dash' | 'eol' | 'none' {
  let i = at;
  const n = text.length;
  // "PROCEDURE(S):" and "PROCEDURE #1:" style endings
  while (i < n && (isInline(text.charCodeAt(i)) || text.charCodeAt(i) === 41)) i++;
  if (i >= n) return 'eol';
  const c = text.charCodeAt(i);
  if (c === 58) return 'colon';
  if (c === 10) return 'eol';
  if (c === 45 || c === 0x2013 || c === 0x2014) {
    const nx = i + 1 < n ? text.charCodeAt(i + 1) : 32;
    if (isInline(nx) || nx === 10 || nx === 45) return 'dash';
  }
  return 'none';
}

export function findSections(text: string, tokens: Tokens, candidates: HeadingCandidate[]): SectionMap {
  const heads: HeadingCandidate[] = [];
  for (const cand of candidates) {
    const a = tokens.start[cand.first];
    const b = tokens.end[cand.last];
    const f = follower(text, b);
    if (f === 'none') continue;
    const caps = allCaps(text, a, b);
    const lineStart = atLineStart(text, a);
    if (f === 'eol' && !(lineStart && (caps || endsLine(text, b)))) continue;
    if (f === 'eol' && !caps && cand.last - cand.first > 5) continue;
    if (!(lineStart || caps || afterSentenceEnd(text, a))) continue;
    heads.push(cand);
  }
  const sections: Section[] = [];
  const ofToken = new Int32Array(tokens.count);
  let cursor = 0;
  const open = (kind: SectionKind, label: string, from: number, headFirst: number, headLast: number) => {
    sections.push({ kind, label, from, to: tokens.count, headFirst, headLast });
  };
  open('unknown', '', 0, -1, -1);
  for (const h of heads) {
    const cur = sections[sections.length - 1];
    cur.to = h.first;
    for (; cursor < h.first; cursor++) ofToken[cursor] = sections.length - 1;
    const label = text.slice(tokens.start[h.first], tokens.end[h.last]);
    open(h.kind, label, h.last + 1, h.first, h.last);
    for (; cursor <= h.last; cursor++) ofToken[cursor] = sections.length - 1;
    tokens.flags[h.first] |= SENT;
    if (h.last + 1 < tokens.count) tokens.flags[h.last + 1] |= SENT;
  }
  for (; cursor < tokens.count; cursor++) ofToken[cursor] = sections.length - 1;
  return { sections, ofToken, hasHeadings: heads.length > 0 };
}

function endsLine(text: string, b: number): boolean {
  let i = b;
  while (i < text.length && isInline(text.charCodeAt(i))) i++;
  return i >= text.length || text.charCodeAt(i) === 10;
}

/** Sentence index of every token, from the SENT flags (set by tokenizer and headings). */
export function sentenceIds(tokens: Tokens): Int32Array {
  const ids = new Int32Array(tokens.count);
  const SENT_ = SENT;
  let s = -1;
  for (let i = 0; i < tokens.count; i++) {
    if ((tokens.flags[i] & SENT_) !== 0 || i === 0) s++;
    ids[i] = s;
  }
  return ids;
}

/** Context-scope index of every token: a new scope at each sentence and at parentheses. */
export function scopeIds(tokens: Tokens): Int32Array {
  const ids = new Int32Array(tokens.count);
  const mask = SENT | CLAUSE;
  let s = -1;
  for (let i = 0; i < tokens.count; i++) {
    if ((tokens.flags[i] & mask) !== 0 || i === 0) s++;
    ids[i] = s;
  }
  return ids;
}
