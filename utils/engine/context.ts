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

/** Trigger definitions, one row per (phrase, definition): compiled once. */
export interface TriggerDefs {
  /** Category bit (0 for pseudo). */
  cat: Int32Array;
  /** FORWARD | BACKWARD. */
  dir: Int32Array;
  window: Int32Array;
}

export const MAX_WINDOW = 20;

export class ContextIndex {
  /**
   * Trigger rows sorted by position (tFirst, tLast, the definition row of
   * each) and termination terms (termFirst, the categories each closes);
   * `scope` is the context-scope id of every token (sentences, parentheses).
   */
  constructor(
    private readonly tFirst: number[],
    private readonly tLast: number[],
    private readonly tDef: number[],
    private readonly defs: TriggerDefs,
    private readonly termFirst: number[],
    private readonly termCats: number[],
    private readonly scope: Int32Array,
  ) {}

  /** Index of the trigger that set the flags of the last `flagsOf` call (-1 when none). */
  trigger = -1;

  /** Context flags of the mention covering tokens [first, last]; sets `trigger`. No allocation. */
  flagsOf(first: number, last: number): number {
    let flags = 0;
    let trigger = -1;
    const scope = this.scope;
    const tFirst = this.tFirst;
    const tLast = this.tLast;
    const n = tLast.length;
    const { cat: dCat, dir: dDir, window: dWin } = this.defs;
    // Forward triggers ending before the mention.
    let k = this.seekLast(first - MAX_WINDOW);
    for (; k < n && tLast[k] < first; k++) {
      const d = this.tDef[k];
      const cat = dCat[d];
      if (cat === 0 || (dDir[d] & FORWARD) === 0) continue;
      if (first - tLast[k] > dWin[d]) continue;
      if (scope[tLast[k]] !== scope[first]) continue;
      if (this.terminated(tLast[k], first, cat)) continue;
      if ((flags & cat) === 0 && trigger < 0) trigger = k;
      flags |= cat;
    }
    // Backward triggers starting after the mention.
    k = this.seekFirst(last + 1);
    for (; k < n && tFirst[k] <= last + MAX_WINDOW; k++) {
      const d = this.tDef[k];
      const cat = dCat[d];
      if (cat === 0 || (dDir[d] & BACKWARD) === 0) continue;
      if (tFirst[k] - last > dWin[d]) continue;
      if (scope[tFirst[k]] !== scope[last]) continue;
      if (this.terminated(last, tFirst[k], cat)) continue;
      if ((flags & cat) === 0 && trigger < 0) trigger = k;
      flags |= cat;
    }
    this.trigger = trigger;
    return flags;
  }

  private hintLast = 0;
  private hintFirst = 0;

  /**
   * lowerBound(tLast, value), walking on from the previous answer when the
   * queries come in text order (readNote asks in order), else a binary search.
   */
  private seekLast(value: number): number {
    const arr = this.tLast;
    let k = this.hintLast;
    if (k > arr.length || (k > 0 && arr[k - 1] >= value)) k = lowerBound(arr, value);
    else while (k < arr.length && arr[k] < value) k++;
    this.hintLast = k;
    return k;
  }

  private seekFirst(value: number): number {
    const arr = this.tFirst;
    let k = this.hintFirst;
    if (k > arr.length || (k > 0 && arr[k - 1] >= value)) k = lowerBound(arr, value);
    else while (k < arr.length && arr[k] < value) k++;
    this.hintFirst = k;
    return k;
  }

  /** A termination term of category `cat` strictly between tokens a and b. */
  private terminated(a: number, b: number, cat: number): boolean {
    const tf = this.termFirst;
    let k = lowerBound(tf, a + 1);
    for (; k < tf.length && tf[k] < b; k++) {
      if ((this.termCats[k] & cat) !== 0) return true;
    }
    return false;
  }
}

/** First index with arr[index] >= value (arr ascending). */
export function lowerBound(arr: ArrayLike<number>, value: number): number {
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
