/**
 * Arrays an engine reuses from note to note. `analyze` is synchronous and
 * is done with a note's per-token arrays (tokens, matches, section and
 * sentence ids) before it returns, so the next note can write over them:
 * no allocation, zeroing or garbage per note for the arrays that grow with
 * its length. Arrays grown past KEEP_TOKENS are let go after the note, so a
 * one-off huge text does not stay pinned in memory.
 */
import { TokenBuffer } from './normalize';
import { IndexList, type Matches } from './automaton';
import { newSectionArrays, type SectionArrays } from './sections';

/** Tokens (~6 characters each) worth of arrays kept between notes: about 6 MB of text. */
const KEEP_TOKENS = 1 << 20;
const INITIAL = 1024;

export class Scratch {
  tokens = new TokenBuffer(INITIAL);
  matches: Matches = fresh();
  ofToken: Int32Array = new Int32Array(INITIAL);
  sent: Int32Array = new Int32Array(INITIAL);
  scope: Int32Array = new Int32Array(INITIAL);
  /** Sections (sections.ts). */
  sections: SectionArrays = newSectionArrays(64);
  /** Chosen matches per layer (selectLongestLayers). */
  selected: IndexList[] = [new IndexList(), new IndexList(), new IndexList(), new IndexList(), new IndexList()];
  /** Concept mention rows (note.ts). */
  mStart: Int32Array = new Int32Array(INITIAL);
  private rows: MentionRows = newMentionRows(INITIAL);
  /** One flag per rule (rules.ts): all zero between notes. */
  private marks = new Uint8Array(0);

  /** Rule flags for n rules, all zero; the caller clears what it sets. */
  ruleMarks(n: number): Uint8Array {
    if (this.marks.length < n) this.marks = new Uint8Array(n);
    return this.marks;
  }

  /** Mention rows for at least n mentions. */
  mentionRows(n: number): MentionRows {
    if (this.rows.first.length < n) {
      let cap = this.rows.first.length * 2;
      while (cap < n) cap *= 2;
      this.rows = newMentionRows(cap);
    }
    return this.rows;
  }

  /** `arr` if it holds n, else a new array of at least n (the caller stores it back). */
  static fit(arr: Int32Array, n: number): Int32Array {
    if (arr.length >= n) return arr;
    let cap = arr.length * 2;
    while (cap < n) cap *= 2;
    return new Int32Array(cap);
  }

  /** After a note: drop arrays that grew past the keep limit. */
  trim(): void {
    if (this.tokens.start.length > KEEP_TOKENS) this.tokens = new TokenBuffer(INITIAL);
    if (this.matches.phrase.length > KEEP_TOKENS) this.matches = fresh();
    if (this.ofToken.length > KEEP_TOKENS) this.ofToken = new Int32Array(INITIAL);
    if (this.sent.length > KEEP_TOKENS) this.sent = new Int32Array(INITIAL);
    if (this.scope.length > KEEP_TOKENS) this.scope = new Int32Array(INITIAL);
    if (this.sections.from.length > KEEP_TOKENS >> 4) this.sections = newSectionArrays(64);
    for (let j = 0; j < this.selected.length; j++) if (this.selected[j].data.length > KEEP_TOKENS) this.selected[j] = new IndexList();
    if (this.rows.first.length > KEEP_TOKENS) this.rows = newMentionRows(INITIAL);
  }
}

function fresh(): Matches {
  return { count: 0, phrase: new Int32Array(INITIAL), first: new Int32Array(INITIAL), last: new Int32Array(INITIAL) };
}

/**
 * Concept mentions grouped by concept: concept c owns rows start[c] ..
 * start[c + 1] - 1, in text order; each row has the mention's tokens,
 * sentence, section, context flags and the trigger that set them.
 */
export interface MentionRows {
  start: Int32Array;
  first: Int32Array;
  last: Int32Array;
  sent: Int32Array;
  section: Int32Array;
  flags: Int32Array;
  trigger: Int32Array;
}

export function newMentionRows(n: number): MentionRows {
  return {
    start: new Int32Array(0),
    first: new Int32Array(n),
    last: new Int32Array(n),
    sent: new Int32Array(n),
    section: new Int32Array(n),
    flags: new Int32Array(n),
    trigger: new Int32Array(n),
  };
}
