/**
 * NegEx/ConText: does a mention sit in the scope of a negation, history,
 * hypothetical/planned or other-person trigger?
 *
 * Triggers (data) have a direction and a window in tokens; the scope also
 * ends at the end of the sentence and at a termination term of the same
 * category ("but", "however", "now"). Pseudo-triggers ("without
 * difficulty", "prior to") are matched by the automaton like any phrase and,
 * being longer, win over the real trigger inside them; they carry no
 * category. A lookup costs O(log n + window), never a rescan of the
 * sentence, so pathological text ("no no no ...") stays linear.
 */
import type { ContextCategory } from './types';

export const NEG = 1;
export const HIST = 2;
export const HYPO = 4;
export const OTHER = 8;

export const CATEGORY_BIT: Record<ContextCategory, number> = {
  negated: NEG,
  historical: HIST,
  hypothetical: HYPO,
  otherPerson: OTHER,
};

export const FORWARD = 1;
export const BACKWARD = 2;
export const BOTH = 3;

export interface TriggerHit {
  first: number;
  last: number;
  /** Category bit (0 for pseudo). */
  cat: number;
  /** FORWARD | BACKWARD. */
  dir: number;
  window: number;
  /** Original text of the trigger, for reasons. */
  text?: string;
}

export interface TermHit {
  first: number;
  last: number;
  /** Category bits it closes. */
  cats: number;
}

export interface ContextResult {
  flags: number;
  /** Index (into the trigger list) of the first trigger that applied, -1 when none. */
  trigger: number;
}

export const MAX_WINDOW = 20;

export class ContextIndex {
  private readonly tLast: Int32Array;
  private readonly tFirst: Int32Array;
  private readonly termFirst: Int32Array;

  /** `triggers` and `terms` sorted by position and not overlapping within each list. */
  constructor(
    readonly triggers: TriggerHit[],
    private readonly terms: TermHit[],
    private readonly sent: Int32Array,
  ) {
    this.tLast = Int32Array.from(triggers, (t) => t.last);
    this.tFirst = Int32Array.from(triggers, (t) => t.first);
    this.termFirst = Int32Array.from(terms, (t) => t.first);
  }

  /** Context flags of the mention covering tokens [first, last]. */
  classify(first: number, last: number): ContextResult {
    let flags = 0;
    let trigger = -1;
    const sent = this.sent;
    // Forward triggers ending before the mention.
    let k = lowerBound(this.tLast, first - MAX_WINDOW);
    for (; k < this.triggers.length && this.tLast[k] < first; k++) {
      const t = this.triggers[k];
      if (t.cat === 0 || (t.dir & FORWARD) === 0) continue;
      if (first - t.last > t.window) continue;
      if (sent[t.last] !== sent[first]) continue;
      if (this.terminated(t.last, first, t.cat)) continue;
      if ((flags & t.cat) === 0 && trigger < 0) trigger = k;
      flags |= t.cat;
    }
    // Backward triggers starting after the mention.
    k = lowerBound(this.tFirst, last + 1);
    for (; k < this.triggers.length && this.tFirst[k] <= last + MAX_WINDOW; k++) {
      const t = this.triggers[k];
      if (t.cat === 0 || (t.dir & BACKWARD) === 0) continue;
      if (t.first - last > t.window) continue;
      if (sent[t.first] !== sent[last]) continue;
      if (this.terminated(last, t.first, t.cat)) continue;
      if ((flags & t.cat) === 0 && trigger < 0) trigger = k;
      flags |= t.cat;
    }
    return { flags, trigger };
  }

  /** A termination term of category `cat` strictly between tokens a and b. */
  private terminated(a: number, b: number, cat: number): boolean {
    let k = lowerBound(this.termFirst, a + 1);
    for (; k < this.terms.length && this.termFirst[k] < b; k++) {
      if ((this.terms[k].cats & cat) !== 0) return true;
    }
    return false;
  }
}

/** First index with arr[index] >= value (arr ascending). */
export function lowerBound(arr: Int32Array, value: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function describeFlags(flags: number): string[] {
  const out: string[] = [];
  if (flags & NEG) out.push('negated');
  if (flags & HIST) out.push('historical');
  if (flags & HYPO) out.push('planned or hypothetical');
  if (flags & OTHER) out.push('about another person');
  return out;
}
