/**
 * Reading one note: tokens -> one automaton pass -> headings/sections ->
 * sentences -> concept mentions. The result (Note) is what rules.ts and
 * modifiers.ts reason about.
 *
 * Reading is linear and allocates little: mentions are kept in typed arrays
 * grouped by concept (a counting sort of the automaton's matches), and a
 * concept's Mention objects, with their NegEx/ConText flags, are made only
 * when a rule first asks for that concept. Side words and context triggers
 * are typed arrays too, turned into objects only on demand.
 */
import type { SectionKind } from './types';
import type { Compiled } from './compile';
import { L_CONCEPT, L_HEADING, L_SIDE, L_TERM, L_TRIGGER } from './compile';
import { HEAD, tokenize, type Tokens } from './normalize';
import { selectLongestLayers } from './automaton';
import { findSections, newSectionArrays, scopeIds, sentenceIds, type SectionMap } from './sections';
import { ContextIndex, HIST, HYPO, OTHER } from './context';
import { Scratch, newMentionRows, type MentionRows } from './scratch';

export interface Mention {
  concept: number;
  first: number;
  last: number;
  sent: number;
  section: number;
  kind: SectionKind;
  flags: number;
  /** Trigger that set the flags (for Note.triggerSpan), -1 when none or section-level. */
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

/** Sections whose words can evidence a code. */
export function isCodeKind(kind: SectionKind): boolean {
  return kind === 'procedure' || kind === 'description' || kind === 'unknown';
}

/** Sections that may support (not originate) a code: the diagnosis, indications, findings. */
export function isSupportKind(kind: SectionKind): boolean {
  return kind === 'diagnosis' || kind === 'indications' || kind === 'findings';
}

function sectionFlags(kind: SectionKind): number {
  return kind === 'history' || kind === 'hospitalCourse' ? HIST : kind === 'familyHistory' ? OTHER : kind === 'plan' ? HYPO : 0;
}

export interface ReadOptions {
  /** Stop after the sections when the text does not read as an operative or procedure note (no codes come from it). */
  onlyOpNotes?: boolean;
  /** Reuse these per-token arrays: the note is valid only until the next readNote with the same scratch. */
  scratch?: Scratch;
}

const EMPTY: Mention[] = [];
const NO_INTS = new Int32Array(0);
const NO_ROWS: number[] = [];

/**
 * Small per-note lists (context triggers, termination terms, side words) as
 * plain arrays: cheaper than typed arrays to make for a short note, and
 * just as fast to read. `a` is the token where each starts, `b` where it
 * ends, `x` what it is (trigger definition row, categories, phrase).
 */
interface Rows {
  a: number[];
  b: number[];
  x: number[];
}

function rows(): Rows {
  return { a: [], b: [], x: [] };
}

export class Note {
  /** Mentions of concept c are rows mStart[c] .. mStart[c + 1] - 1, in text order. */
  private readonly nConcepts: number;
  private readonly rows: MentionRows;
  private readonly mStart: Int32Array;
  private readonly mFirst: Int32Array;
  private readonly made: (Mention[] | undefined)[];
  private sideList: SideHit[] | null = null;
  private labels: (string | undefined)[] = [];

  constructor(
    readonly text: string,
    readonly tokens: Tokens,
    readonly sent: Int32Array,
    readonly sections: SectionMap,
    /** The note has a procedure list section with words in it. */
    readonly hasList: boolean,
    /** The note reads as an operative or procedure note. */
    readonly opNote: boolean,
    private readonly c: Compiled,
    mentions: MentionRows | null,
    private readonly trig: Rows | null,
    private readonly sideRows: Rows | null,
  ) {
    this.nConcepts = mentions ? c.conceptNames.length : 0;
    this.rows = mentions ?? { start: NO_INTS, first: NO_INTS, last: NO_INTS, sent: NO_INTS, section: NO_INTS, flags: NO_INTS, trigger: NO_INTS };
    this.mStart = this.rows.start;
    this.mFirst = this.rows.first;
    this.made = [];
  }

  /** Number of mentions of a concept (no objects made). */
  count(concept: number): number {
    if (concept < 0 || concept >= this.nConcepts) return 0;
    return this.mStart[concept + 1] - this.mStart[concept];
  }

  /** Mentions of a concept in text order, with their context. */
  mentions(concept: number): Mention[] {
    const n = this.count(concept);
    if (n === 0) return EMPTY;
    const have = this.made[concept];
    if (have !== undefined) return have;
    const r = this.rows;
    const sm = this.sections;
    const out: Mention[] = new Array(n);
    const a = this.mStart[concept];
    for (let j = a; j < a + n; j++) {
      const section = r.section[j];
      out[j - a] = { concept, first: r.first[j], last: r.last[j], sent: r.sent[j], section, kind: sm.kindOf(section), flags: r.flags[j], trigger: r.trigger[j] };
    }
    this.made[concept] = out;
    return out;
  }

  /** Some mention of one of `concepts` (any context) in sentence `s`. */
  inSentence(concepts: number[], s: number): boolean {
    for (const concept of concepts) {
      if (this.count(concept) === 0) continue;
      let lo = this.mStart[concept];
      let hi = this.mStart[concept + 1];
      const end = hi;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.sent[this.mFirst[mid]] < s) lo = mid + 1;
        else hi = mid;
      }
      if (lo < end && this.sent[this.mFirst[lo]] === s) return true;
    }
    return false;
  }

  /** Some mention of one of `concepts` (any context) in a section of a kind `ok` accepts. */
  inSectionKind(concepts: number[], ok: (kind: SectionKind) => boolean): boolean {
    const sm = this.sections;
    const ofToken = sm.ofToken;
    for (const concept of concepts) {
      const n = this.count(concept);
      const a = this.mStart[concept];
      for (let j = 0; j < n; j++) if (ok(sm.kindOf(ofToken[this.mFirst[a + j]]))) return true;
    }
    return false;
  }

  /** Token span of a context trigger (Mention.trigger). */
  triggerSpan(k: number): { first: number; last: number } {
    return { first: this.trig!.a[k], last: this.trig!.b[k] };
  }

  /** Section s's heading text, upper case, on one line. */
  label(s: number): string {
    const have = this.labels[s];
    if (have !== undefined) return have;
    const sm = this.sections;
    const label = oneLine(this.text.slice(this.tokens.start[sm.headFirst(s)], this.tokens.end[sm.headLast(s)])).toUpperCase();
    this.labels[s] = label;
    return label;
  }

  /** Side words outside headings, in text order. */
  get sides(): SideHit[] {
    if (this.sideList) return this.sideList;
    const out: SideHit[] = [];
    const rows = this.sideRows;
    if (rows) {
      for (let k = 0; k < rows.a.length; k++) {
        const first = rows.a[k];
        const def = this.c.sideOf[rows.x[k]]!;
        out.push({ first, last: rows.b[k], sent: this.sent[first], kind: this.sections.kindAt(first), side: def.side, weight: def.weight });
      }
    }
    this.sideList = out;
    return out;
  }

}

export function readNote(text: string, c: Compiled, options: ReadOptions = {}): Note {
  // Imported constants are read once: under some loaders a module binding costs a call per read.
  const HEAD_ = HEAD;
  const sc = options.scratch;
  const tokens = tokenize(text, { vocab: c.vocab, into: sc?.tokens });
  const matches = c.automaton.scan(tokens.id, tokens.count, sc?.matches);
  if (sc) {
    sc.matches = matches;
    sc.ofToken = Scratch.fit(sc.ofToken, tokens.count);
    sc.sent = Scratch.fit(sc.sent, tokens.count);
  }
  const mPhrase = matches.phrase;
  const mFirst = matches.first;
  const mLast = matches.last;

  // Headings and concepts first: they decide whether this is a procedure note at all.
  const sel = sc?.selected;
  const [headSel, conceptSel] = selectLongestLayers(matches, c.layers, tokens.count, [L_HEADING, L_CONCEPT], sel && [sel[0], sel[1]]);
  const headIdx = headSel.data;
  const conceptIdx = conceptSel.data;
  const nCon = conceptSel.length;
  const heads = { count: headSel.length, idx: headSel.data, first: mFirst, last: mLast, phrase: mPhrase, kindCode: c.headingKind };
  // Marks heading tokens (HEAD) and sentence starts at headings.
  if (sc && sc.sections.from.length <= heads.count) sc.sections = newSectionArrays(Math.max(heads.count + 1, sc.sections.from.length * 2));
  const sections = findSections(text, tokens, heads, sc?.sections, sc?.ofToken);
  const sent = sentenceIds(tokens, sc?.sent);
  const flags = tokens.flags;

  let hasList = false;
  let opNote = false;
  let described = false;
  let summary = false;
  for (let i = 0; i < sections.count; i++) {
    const kind = sections.kindOf(i);
    if (sections.to(i) <= sections.from(i)) continue;
    if (kind === 'procedure' || kind === 'description') opNote = true;
    if (kind === 'procedure') hasList = true;
    if (kind === 'description') described = true;
    if (kind === 'hospitalCourse') summary = true;
  }
  if (!opNote) {
    const isOp = c.opnotePhrase;
    for (let j = 0; j < nCon; j++) {
      const k = conceptIdx[j];
      if (isOp[mPhrase[k]] === 1 && (flags[mFirst[k]] & HEAD_) === 0) opNote = true;
    }
  }
  // A discharge summary lists the stay's procedures ("PROCEDURES PERFORMED: ... HOSPITAL COURSE: ..."): they are
  // billed from their own operative notes, not from the summary. An operative narrative keeps it an op note.
  if (summary && !described) opNote = false;
  if (!opNote && options.onlyOpNotes) return new Note(text, tokens, sent, sections, hasList, opNote, c, null, null, null);

  // Context triggers (one row per trigger definition), termination terms, side words.
  const [trigSel, termSel, sideSel] = selectLongestLayers(matches, c.layers, tokens.count, [L_TRIGGER, L_TERM, L_SIDE], sel && [sel[2], sel[3], sel[4]]);
  const tStart = c.triggerStart;
  const trig = rows();
  for (let i = 0; i < trigSel.length; i++) {
    const k = trigSel.data[i];
    const f = mFirst[k];
    if ((flags[f] & HEAD_) !== 0) continue;
    const p = mPhrase[k];
    for (let j = tStart[p]; j < tStart[p + 1]; j++) {
      trig.a.push(f);
      trig.b.push(mLast[k]);
      trig.x.push(j);
    }
  }
  const terms = rows();
  for (let i = 0; i < termSel.length; i++) {
    const k = termSel.data[i];
    terms.a.push(mFirst[k]);
    terms.b.push(mLast[k]);
    terms.x.push(c.termOf[mPhrase[k]]);
  }
  const sides = rows();
  for (let i = 0; i < sideSel.length; i++) {
    const k = sideSel.data[i];
    const f = mFirst[k];
    if ((flags[f] & HEAD_) !== 0) continue;
    sides.a.push(f);
    sides.b.push(mLast[k]);
    sides.x.push(mPhrase[k]);
  }
  let scope: Int32Array;
  if (sc) scope = sc.scope = scopeIds(tokens, Scratch.fit(sc.scope, tokens.count));
  else scope = scopeIds(tokens);
  const ctx = new ContextIndex(trig.a, trig.b, trig.x, c.triggerDefs, terms.a, terms.x, scope);

  // Concept mentions, grouped by concept with a counting sort (stable: text order
  // within a concept). Their context is found here, in one pass in text order.
  const nc = c.conceptNames.length;
  const start = sc ? (sc.mStart = Scratch.fit(sc.mStart, nc + 1)) : new Int32Array(nc + 1);
  start.fill(0, 0, nc + 1);
  const cStart = c.conceptStart;
  const cFlat = c.conceptFlat;
  for (let i = 0; i < nCon; i++) {
    const k = conceptIdx[i];
    if ((flags[mFirst[k]] & HEAD_) !== 0) continue;
    const p = mPhrase[k];
    for (let j = cStart[p]; j < cStart[p + 1]; j++) start[cFlat[j] + 1]++;
  }
  for (let i = 0; i < nc; i++) start[i + 1] += start[i];
  const total = start[nc];
  const m = sc ? sc.mentionRows(total) : newMentionRows(total);
  m.start = start;
  const ofToken = sections.ofToken;
  // start[c] is the cursor of concept c while placing, then shifted back.
  for (let i = 0; i < nCon; i++) {
    const k = conceptIdx[i];
    const f = mFirst[k];
    if ((flags[f] & HEAD_) !== 0) continue;
    const l = mLast[k];
    const p = mPhrase[k];
    const section = ofToken[f];
    const fl = ctx.flagsOf(f, l) | sectionFlags(sections.kindOf(section));
    const tr = ctx.trigger;
    const s0 = sent[f];
    for (let j = cStart[p]; j < cStart[p + 1]; j++) {
      const at = start[cFlat[j]]++;
      m.first[at] = f;
      m.last[at] = l;
      m.sent[at] = s0;
      m.section[at] = section;
      m.flags[at] = fl;
      m.trigger[at] = tr;
    }
  }
  for (let i = nc; i > 0; i--) start[i] = start[i - 1];
  start[0] = 0;
  return new Note(text, tokens, sent, sections, hasList, opNote, c, m, trig, sides);
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

/**
 * `s` on one line: runs of white space become one space, none at the ends.
 * Most evidence is already so, and is returned as it is without a regex.
 */
export function oneLine(s: string): string {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 32) {
      if (i === 0 || i === n - 1 || s.charCodeAt(i + 1) === 32) return s.replace(/\s+/g, ' ').trim();
    } else if (ch < 32 || ch === 160 || ch >= 0x1680) {
      return s.replace(/\s+/g, ' ').trim();
    }
  }
  return s;
}

/** Original text of tokens [first, last] on one line, cut to `max` characters. */
export function quoteSpan(note: Note, first: number, last: number, max: number): string {
  const s = oneLine(spanText(note, first, last));
  return s.length > max ? `${s.slice(0, max - 3)}...` : s;
}

/** The heading of the section a mention is in, as the reasons name it ("PROCEDURE PERFORMED"). */
export function sectionLabel(note: Note, m: { first: number }): string {
  const sm = note.sections;
  const s = sm.ofToken[m.first];
  if (sm.headFirst(s) < 0) return 'the note text';
  return note.label(s);
}
