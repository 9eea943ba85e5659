/**
 * A token-level Aho-Corasick automaton: every phrase of the ruleset
 * (concepts, context triggers, headings, sides) is compiled once, and one
 * left-to-right pass over the token ids finds all of them. Transitions are
 * one Map keyed by state * vocabSize + tokenId; outputs are merged along
 * failure links at build time so a scan step is a lookup plus a short loop.
 */

export interface Matches {
  count: number;
  /** Phrase index (into the array given to the constructor). */
  phrase: Int32Array;
  /** Index of the phrase's first token. */
  first: Int32Array;
  /** Index of the phrase's last token (inclusive). */
  last: Int32Array;
}

export class Automaton {
  private readonly goto = new Map<number, number>();
  private fail: Int32Array;
  private out: (Int32Array | null)[];
  private readonly lengths: Int32Array;
  private readonly width: number;
  readonly states: number;

  /** `phrases[k]` is the token-id sequence of phrase k; `vocabSize` bounds the ids. */
  constructor(phrases: ArrayLike<number>[], vocabSize: number) {
    this.width = Math.max(1, vocabSize);
    this.lengths = new Int32Array(phrases.length);
    const own: number[][] = [[]];
    let states = 1;
    for (let p = 0; p < phrases.length; p++) {
      const seq = phrases[p];
      this.lengths[p] = seq.length;
      if (seq.length === 0) continue;
      let s = 0;
      for (let k = 0; k < seq.length; k++) {
        const key = s * this.width + seq[k];
        let nx = this.goto.get(key);
        if (nx === undefined) {
          nx = states++;
          this.goto.set(key, nx);
          own.push([]);
        }
        s = nx;
      }
      own[s].push(p);
    }
    this.states = states;
    // Children lists for the BFS.
    const children: number[][] = new Array(states);
    for (let s = 0; s < states; s++) children[s] = [];
    for (const [key, nx] of this.goto) {
      const s = Math.floor(key / this.width);
      children[s].push(key - s * this.width, nx);
    }
    this.fail = new Int32Array(states);
    this.out = new Array(states).fill(null);
    const queue: number[] = [];
    for (let k = 0; k < children[0].length; k += 2) queue.push(children[0][k + 1]);
    const merged: number[][] = own.map((o) => o.slice());
    for (let qi = 0; qi < queue.length; qi++) {
      const r = queue[qi];
      const ch = children[r];
      for (let k = 0; k < ch.length; k += 2) {
        const tok = ch[k];
        const s = ch[k + 1];
        queue.push(s);
        let f = this.fail[r];
        let target = -1;
        for (;;) {
          const nx = this.goto.get(f * this.width + tok);
          if (nx !== undefined && nx !== s) {
            target = nx;
            break;
          }
          if (f === 0) break;
          f = this.fail[f];
        }
        this.fail[s] = target < 0 ? 0 : target;
      }
    }
    // Merge outputs in BFS order (a failure target is always shallower).
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      const f = this.fail[s];
      if (f !== 0 && merged[f].length) merged[s] = merged[s].concat(merged[f]);
    }
    for (let s = 0; s < states; s++) {
      if (merged[s].length) {
        // Longest first, then phrase order: callers resolve overlaps greedily.
        merged[s].sort((a, b) => this.lengths[b] - this.lengths[a] || a - b);
        this.out[s] = Int32Array.from(merged[s]);
      }
    }
  }

  /** All phrase occurrences in ids[0..count), ordered by last token. */
  scan(ids: Int32Array, count: number): Matches {
    let cap = 64;
    let phrase = new Int32Array(cap);
    let first = new Int32Array(cap);
    let last = new Int32Array(cap);
    let m = 0;
    const goto = this.goto;
    const width = this.width;
    const fail = this.fail;
    const out = this.out;
    const lengths = this.lengths;
    let s = 0;
    for (let i = 0; i < count; i++) {
      const t = ids[i];
      if (t < 0) {
        s = 0;
        continue;
      }
      for (;;) {
        const nx = goto.get(s * width + t);
        if (nx !== undefined) {
          s = nx;
          break;
        }
        if (s === 0) break;
        s = fail[s];
      }
      const o = out[s];
      if (o !== null) {
        for (let k = 0; k < o.length; k++) {
          if (m === cap) {
            cap *= 2;
            const p2 = new Int32Array(cap);
            p2.set(phrase);
            phrase = p2;
            const f2 = new Int32Array(cap);
            f2.set(first);
            first = f2;
            const l2 = new Int32Array(cap);
            l2.set(last);
            last = l2;
          }
          const p = o[k];
          phrase[m] = p;
          first[m] = i - lengths[p] + 1;
          last[m] = i;
          m++;
        }
      }
    }
    return { count: m, phrase, first, last };
  }
}

/**
 * Leftmost-longest selection among matches whose phrases satisfy `keep`:
 * returns indices into `matches`, ordered by position, never overlapping.
 * Linear: the longest match starting at each token, then one sweep.
 */
export function selectLongest(matches: Matches, keep: (phrase: number) => boolean, tokenCount?: number): number[] {
  let n = tokenCount ?? 0;
  if (tokenCount === undefined) for (let k = 0; k < matches.count; k++) if (matches.last[k] + 1 > n) n = matches.last[k] + 1;
  const bestAt = new Int32Array(n).fill(-1);
  for (let k = 0; k < matches.count; k++) {
    if (!keep(matches.phrase[k])) continue;
    const f = matches.first[k];
    const b = bestAt[f];
    // Longer wins; on a tie the earlier-listed phrase (smaller index) wins.
    if (b < 0 || matches.last[k] > matches.last[b] || (matches.last[k] === matches.last[b] && matches.phrase[k] < matches.phrase[b])) bestAt[f] = k;
  }
  const chosen: number[] = [];
  let lastEnd = -1;
  for (let i = 0; i < n; i++) {
    const k = bestAt[i];
    if (k >= 0 && i > lastEnd) {
      chosen.push(k);
      lastEnd = matches.last[k];
    }
  }
  return chosen;
}

/**
 * `selectLongest` for several layers in one pass over the matches: result[j]
 * holds the chosen matches of the phrases whose layer bits include bits[j].
 */
export function selectLongestLayers(matches: Matches, layers: Uint8Array, tokenCount: number, bits: number[]): number[][] {
  const L = bits.length;
  const n = tokenCount;
  const best: Int32Array[] = [];
  // Match index + 1; 0 is empty (a fresh Int32Array needs no fill).
  for (let j = 0; j < L; j++) best.push(new Int32Array(n));
  const mFirst = matches.first;
  const mLast = matches.last;
  const mPhrase = matches.phrase;
  const out: number[][] = [];
  // Per layer, the lowest and highest start seen, so the sweep skips empty ends.
  const lo = new Int32Array(L).fill(n);
  const hi = new Int32Array(L).fill(-1);
  for (let k = 0; k < matches.count; k++) {
    const p = mPhrase[k];
    const lb = layers[p];
    if (lb === 0) continue;
    const f = mFirst[k];
    for (let j = 0; j < L; j++) {
      if ((lb & bits[j]) === 0) continue;
      const arr = best[j];
      const b = arr[f] - 1;
      if (b < 0 || mLast[k] > mLast[b] || (mLast[k] === mLast[b] && p < mPhrase[b])) arr[f] = k + 1;
      if (f < lo[j]) lo[j] = f;
      if (f > hi[j]) hi[j] = f;
    }
  }
  for (let j = 0; j < L; j++) {
    const arr = best[j];
    const chosen: number[] = [];
    let lastEnd = -1;
    for (let i = lo[j]; i <= hi[j]; i++) {
      const k = arr[i] - 1;
      if (k >= 0 && i > lastEnd) {
        chosen.push(k);
        lastEnd = mLast[k];
      }
    }
    out.push(chosen);
  }
  return out;
}
