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
import { CLAUSE, HEAD, LINE, SENT } from './normalize';

/** Section kinds by code (sections keep a one-byte code per section). */
export const SECTION_KINDS: SectionKind[] = [
  'unknown',
  'procedure',
  'description',
  'findings',
  'diagnosis',
  'indications',
  'history',
  'familyHistory',
  'plan',
  'surgeon',
  'assistant',
  'cosurgeon',
  'anesthesia',
  'other',
  'hospitalCourse',
];

export function sectionKindCode(kind: SectionKind): number {
  const k = SECTION_KINDS.indexOf(kind);
  return k < 0 ? 0 : k;
}

/**
 * Heading phrases found by the automaton, in text order: match `idx[k]` of
 * the automaton's matches (first/last token), with `kindCode[phrase]`.
 */
export interface HeadingCandidates {
  count: number;
  idx: Int32Array;
  first: Int32Array;
  last: Int32Array;
  phrase: Int32Array;
  kindCode: Uint8Array;
}

export interface Section {
  kind: SectionKind;
  /** First content token (inclusive) and end (exclusive). */
  from: number;
  to: number;
  /** Heading token range, -1 when none. */
  headFirst: number;
  headLast: number;
}

/** Arrays a SectionMap is written into (an engine reuses them from note to note). */
export interface SectionArrays {
  kind: Uint8Array;
  from: Int32Array;
  to: Int32Array;
  headFirst: Int32Array;
  headLast: Int32Array;
}

export function newSectionArrays(n: number): SectionArrays {
  return { kind: new Uint8Array(n), from: new Int32Array(n), to: new Int32Array(n), headFirst: new Int32Array(n), headLast: new Int32Array(n) };
}

/**
 * Sections as parallel arrays (a note of 100,000 headings makes no objects);
 * section 0 is the text before the first heading. The heading as written is
 * text.slice(tokens.start[headFirst[i]], tokens.end[headLast[i]]).
 */
export class SectionMap {
  private list: Section[] | null = null;

  constructor(
    readonly count: number,
    private readonly arrays: SectionArrays,
    /** Section index of every token. */
    readonly ofToken: Int32Array,
  ) {}

  /** True when at least one heading was found. */
  get hasHeadings(): boolean {
    return this.count > 1;
  }

  kindOf(i: number): SectionKind {
    return SECTION_KINDS[this.arrays.kind[i]];
  }

  from(i: number): number {
    return this.arrays.from[i];
  }

  to(i: number): number {
    return this.arrays.to[i];
  }

  headFirst(i: number): number {
    return this.arrays.headFirst[i];
  }

  headLast(i: number): number {
    return this.arrays.headLast[i];
  }

  /** Kind of the section of token `tok`. */
  kindAt(tok: number): SectionKind {
    return SECTION_KINDS[this.arrays.kind[this.ofToken[tok]]];
  }

  /** The sections as objects (made on first use). */
  get sections(): Section[] {
    if (this.list) return this.list;
    const out: Section[] = [];
    for (let i = 0; i < this.count; i++) {
      out.push({ kind: this.kindOf(i), from: this.from(i), to: this.to(i), headFirst: this.headFirst(i), headLast: this.headLast(i) });
    }
    this.list = out;
    return out;
  }
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

/**
 * `into`: arrays of at least cands.count + 1 sections and `ofTokenInto` of at
 * least tokens.count to fill (an engine's reused arrays), else new ones.
 */
export function findSections(text: string, tokens: Tokens, cands: HeadingCandidates, into?: SectionArrays, ofTokenInto?: Int32Array): SectionMap {
  const arrays = into && into.from.length > cands.count ? into : newSectionArrays(cands.count + 1);
  const { kind, from, to, headFirst, headLast } = arrays;
  kind[0] = 0;
  from[0] = 0;
  to[0] = tokens.count;
  headFirst[0] = -1;
  headLast[0] = -1;
  const ofToken = ofTokenInto && ofTokenInto.length >= tokens.count ? ofTokenInto : new Int32Array(tokens.count);
  const flags = tokens.flags;
  const HEAD_ = HEAD;
  const SENT_ = SENT;
  const LINE_ = LINE;
  let n = 1;
  let cursor = 0;
  let noCaps: boolean | undefined;
  for (let k = 0; k < cands.count; k++) {
    const m = cands.idx[k];
    let first = cands.first[m];
    const last = cands.last[m];
    // A heading does not run across a line break: "…WAS NOT PERFORMED\nPROCEDURE:" is the heading
    // PROCEDURE, and the line before keeps its words (and their negation).
    for (let t = last; t > first; t--) {
      if ((flags[t] & LINE_) !== 0) {
        first = t;
        break;
      }
    }
    const a = tokens.start[first];
    const b = tokens.end[last];
    const f = follower(text, b);
    if (f === 'none') continue;
    const caps = allCaps(text, a, b);
    const lineStart = atLineStart(text, a);
    if (f === 'eol' && !(lineStart && (caps || endsLine(text, b)))) continue;
    if (f === 'eol' && !caps && last - first > 5) continue;
    // Mid-line, a heading needs a sentence end before it, capitals, or a capital and a colon ("... 1.1cm lingula Post-op Dx: same Procedure: left VATS").
    // A note with no capital letter at all (lower-cased by an export) cannot show one: there, a colon is enough.
    if (!(lineStart || caps || afterSentenceEnd(text, a) || (f === 'colon' && (isUpper(text.charCodeAt(a)) || (noCaps ??= !hasCapital(text)))))) continue;
    // A heading: close the open section, open one after it.
    to[n - 1] = first;
    for (; cursor < first; cursor++) ofToken[cursor] = n - 1;
    kind[n] = cands.kindCode[cands.phrase[m]];
    from[n] = last + 1;
    to[n] = tokens.count;
    headFirst[n] = first;
    headLast[n] = last;
    for (; cursor <= last; cursor++) {
      ofToken[cursor] = n;
      flags[cursor] |= HEAD_;
    }
    flags[first] |= SENT_;
    if (last + 1 < tokens.count) flags[last + 1] |= SENT_;
    n++;
  }
  for (; cursor < tokens.count; cursor++) ofToken[cursor] = n - 1;
  return new SectionMap(n, arrays, ofToken);
}

/** Stops at the first capital: an ordinary note answers at once. */
function hasCapital(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isUpper(text.charCodeAt(i))) return true;
  return false;
}

function endsLine(text: string, b: number): boolean {
  let i = b;
  while (i < text.length && isInline(text.charCodeAt(i))) i++;
  return i >= text.length || text.charCodeAt(i) === 10;
}

/** Sentence index of every token, from the SENT flags (set by tokenizer and headings). */
export function sentenceIds(tokens: Tokens, into?: Int32Array): Int32Array {
  const ids = into && into.length >= tokens.count ? into : new Int32Array(tokens.count);
  const SENT_ = SENT;
  const flags = tokens.flags;
  let s = -1;
  for (let i = 0; i < tokens.count; i++) {
    if ((flags[i] & SENT_) !== 0 || i === 0) s++;
    ids[i] = s;
  }
  return ids;
}

/**
 * Context-scope index of every token: a new scope at each sentence, at
 * parentheses, and where a section heading starts or ends, so a trigger
 * never reaches across a heading into another section (flattened EHR text
 * often has no full stop before the next heading). Call after findSections,
 * which flags the heading tokens.
 */
export function scopeIds(tokens: Tokens, into?: Int32Array): Int32Array {
  const ids = into && into.length >= tokens.count ? into : new Int32Array(tokens.count);
  const mask = SENT | CLAUSE;
  const HEAD_ = HEAD;
  const flags = tokens.flags;
  let s = -1;
  for (let i = 0; i < tokens.count; i++) {
    if (i === 0 || (flags[i] & mask) !== 0 || ((flags[i] ^ flags[i - 1]) & HEAD_) !== 0) s++;
    ids[i] = s;
  }
  return ids;
}
