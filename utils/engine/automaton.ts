/**
 * A token-level Aho-Corasick automaton: every phrase of the ruleset
 * (concepts, context triggers, headings, sides) is compiled once, and one
 * left-to-right pass over the token ids finds all of them.
 *
 * Everything is typed arrays: the root's transitions are a dense table by
 * token id (most steps of a scan start there), other states keep their few
 * children sorted in one edge array; outputs are found through dictionary
 * links (the nearest state on the failure chain that ends a phrase), so no
 * per-state output lists are built. A trie state that ends a phrase is that
 * phrase's identity: adding the same token sequence twice returns the same
 * index, which is how compile.ts de-duplicates phrases without string keys.
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

/** Growable Int32Array (doubling). */
class IntList {
  a: Int32Array;
  n = 0;
  constructor(cap = 64) {
    this.a = new Int32Array(cap);
  }
  push(v: number): void {
    if (this.n === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
}

/** Builds the trie phrase by phrase; `build()` adds failure and dictionary links. */
export class TrieBuilder {
  /** Root transitions by token id (0: none). */
  private root = new Int32Array(1024);
  /** Non-root edges as linked lists: first edge of a state, next edge, token, target. */
  private firstEdge = new IntList(1024);
  private edgeNext = new IntList(1024);
  private edgeTok = new IntList(1024);
  private edgeTo = new IntList(1024);
  private depth = new IntList(1024);
  /** Phrase ending at a state (-1: none); duplicates chain through `dupNext`. */
  private endOf = new IntList(1024);
  private dupNext = new IntList(256);
  private lengths = new IntList(256);
  private phrases = 0;

  constructor() {
    this.firstEdge.push(-1);
    this.depth.push(0);
    this.endOf.push(-1);
  }

  get phraseCount(): number {
    return this.phrases;
  }

  private child(s: number, tok: number): number {
    if (s === 0) return tok < this.root.length ? this.root[tok] : 0;
    const next = this.edgeNext.a;
    const toks = this.edgeTok.a;
    for (let e = this.firstEdge.a[s]; e >= 0; e = next[e]) if (toks[e] === tok) return this.edgeTo.a[e];
    return 0;
  }

  private newState(s: number, tok: number): number {
    const nx = this.depth.n;
    this.firstEdge.push(-1);
    this.depth.push(this.depth.a[s] + 1);
    this.endOf.push(-1);
    if (s === 0) {
      if (tok >= this.root.length) {
        let cap = this.root.length * 2;
        while (cap <= tok) cap *= 2;
        const r = new Int32Array(cap);
        r.set(this.root);
        this.root = r;
      }
      this.root[tok] = nx;
    } else {
      const e = this.edgeTok.n;
      this.edgeTok.push(tok);
      this.edgeTo.push(nx);
      this.edgeNext.push(this.firstEdge.a[s]);
      this.firstEdge.a[s] = e;
    }
    return nx;
  }

  /** The state reached by `seq`, created as needed. */
  private walk(seq: ArrayLike<number>): number {
    let s = 0;
    for (let k = 0; k < seq.length; k++) {
      const tok = seq[k];
      const nx = this.child(s, tok);
      s = nx !== 0 ? nx : this.newState(s, tok);
    }
    return s;
  }

  /** Index of the phrase with this token sequence, added if new (-1 for an empty sequence). */
  intern(seq: ArrayLike<number>): number {
    if (seq.length === 0) return -1;
    const s = this.walk(seq);
    const p = this.endOf.a[s];
    if (p >= 0) return p;
    return this.addAt(s, seq.length);
  }

  /** Adds a phrase even when its sequence is already known (a duplicate). */
  add(seq: ArrayLike<number>): number {
    if (seq.length === 0) {
      this.dupNext.push(-1);
      this.lengths.push(0);
      return this.phrases++;
    }
    const s = this.walk(seq);
    if (this.endOf.a[s] < 0) return this.addAt(s, seq.length);
    // Keep phrase order along the chain.
    const p = this.phrases++;
    this.dupNext.push(-1);
    this.lengths.push(seq.length);
    let q = this.endOf.a[s];
    while (this.dupNext.a[q] >= 0) q = this.dupNext.a[q];
    this.dupNext.a[q] = p;
    return p;
  }

  private addAt(s: number, len: number): number {
    const p = this.phrases++;
    this.endOf.a[s] = p;
    this.dupNext.push(-1);
    this.lengths.push(len);
    return p;
  }

  build(): Automaton {
    const states = this.depth.n;
    // Edges of non-root states in CSR form, sorted by token for an early exit.
    const edgeStart = new Int32Array(states + 1);
    const fe = this.firstEdge.a;
    const en = this.edgeNext.a;
    for (let s = 1; s < states; s++) {
      let d = 0;
      for (let e = fe[s]; e >= 0; e = en[e]) d++;
      edgeStart[s + 1] = edgeStart[s] + d;
    }
    const E = edgeStart[states];
    const tok = new Int32Array(E);
    const to = new Int32Array(E);
    const et = this.edgeTok.a;
    const eto = this.edgeTo.a;
    for (let s = 1; s < states; s++) {
      const a = edgeStart[s];
      let b = a;
      for (let e = fe[s]; e >= 0; e = en[e]) {
        // insertion sort by token (out-degrees are small)
        let k = b++;
        while (k > a && tok[k - 1] > et[e]) {
          tok[k] = tok[k - 1];
          to[k] = to[k - 1];
          k--;
        }
        tok[k] = et[e];
        to[k] = eto[e];
      }
    }
    const root = this.root;
    const endOf = this.endOf.a.slice(0, states);
    const fail = new Int32Array(states);
    const dict = new Int32Array(states);
    const a = new Automaton(root, edgeStart, tok, to, fail, dict, endOf, this.dupNext.a.slice(0, this.phrases), this.lengths.a.slice(0, this.phrases));
    // BFS: root children first.
    const queue = new Int32Array(states);
    let qn = 0;
    for (let t = 0; t < root.length; t++) if (root[t] !== 0) queue[qn++] = root[t];
    for (let qi = 0; qi < qn; qi++) {
      const r = queue[qi];
      for (let e = edgeStart[r]; e < edgeStart[r + 1]; e++) {
        const t = tok[e];
        const s = to[e];
        queue[qn++] = s;
        let f = fail[r];
        let target = 0;
        for (;;) {
          const nx = a.next(f, t);
          if (nx !== 0) {
            target = nx;
            break;
          }
          if (f === 0) break;
          f = fail[f];
        }
        fail[s] = target;
        // Dictionary link: the nearest proper suffix state that ends a phrase.
        dict[s] = endOf[target] >= 0 ? target : dict[target];
      }
    }
    return a;
  }
}

export class Automaton {
  readonly states: number;

  /** `phrases[k]` is the token-id sequence of phrase k. */
  static fromPhrases(phrases: ArrayLike<number>[]): Automaton {
    const b = new TrieBuilder();
    for (const p of phrases) b.add(p);
    return b.build();
  }

  constructor(
    private readonly root: Int32Array,
    private readonly edgeStart: Int32Array,
    private readonly edgeTok: Int32Array,
    private readonly edgeTo: Int32Array,
    private readonly fail: Int32Array,
    private readonly dict: Int32Array,
    private readonly endOf: Int32Array,
    private readonly dupNext: Int32Array,
    private readonly lengths: Int32Array,
  ) {
    this.states = fail.length;
  }

  /** Transition without failure (0: none). */
  next(s: number, t: number): number {
    if (s === 0) return t < this.root.length ? this.root[t] : 0;
    const tok = this.edgeTok;
    const end = this.edgeStart[s + 1];
    for (let e = this.edgeStart[s]; e < end; e++) {
      const x = tok[e];
      if (x === t) return this.edgeTo[e];
      if (x > t) break;
    }
    return 0;
  }

  /**
   * All phrase occurrences in ids[0..count), ordered by last token, longest
   * first at each token. `into`: reuse these arrays (grown when needed; the
   * result may hold new ones).
   */
  scan(ids: Int32Array, count: number, into?: Matches): Matches {
    let phrase: Int32Array;
    let first: Int32Array;
    let last: Int32Array;
    if (into) {
      ({ phrase, first, last } = into);
    } else {
      let c0 = 64;
      while (c0 < count >> 1) c0 *= 2;
      phrase = new Int32Array(c0);
      first = new Int32Array(c0);
      last = new Int32Array(c0);
    }
    let cap = phrase.length;
    let m = 0;
    const root = this.root;
    const rootLen = root.length;
    const edgeStart = this.edgeStart;
    const edgeTok = this.edgeTok;
    const edgeTo = this.edgeTo;
    const fail = this.fail;
    const dict = this.dict;
    const endOf = this.endOf;
    const dupNext = this.dupNext;
    const lengths = this.lengths;
    let s = 0;
    for (let i = 0; i < count; i++) {
      const t = ids[i];
      if (t < 0) {
        s = 0;
        continue;
      }
      for (;;) {
        if (s === 0) {
          s = t < rootLen ? root[t] : 0;
          break;
        }
        const end = edgeStart[s + 1];
        let nx = 0;
        for (let e = edgeStart[s]; e < end; e++) {
          const x = edgeTok[e];
          if (x >= t) {
            if (x === t) nx = edgeTo[e];
            break;
          }
        }
        if (nx !== 0) {
          s = nx;
          break;
        }
        s = fail[s];
      }
      if (s === 0) continue;
      let o = endOf[s] >= 0 ? s : dict[s];
      while (o !== 0) {
        for (let p = endOf[o]; p >= 0; p = dupNext[p]) {
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
          phrase[m] = p;
          first[m] = i - lengths[p] + 1;
          last[m] = i;
          m++;
        }
        o = dict[o];
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

/** Match indices, typed and grown by doubling; used as a stack by `selectLongestLayers`. */
export class IndexList {
  data = new Int32Array(256);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) {
      const d = new Int32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.length++] = v;
  }
}

/**
 * `selectLongest` for several layers in one pass over the matches: result[j]
 * holds the chosen matches of the phrases whose layer bits include bits[j]
 * (written into `into[j]` when given, so an engine reuses the arrays).
 *
 * No per-token arrays: matches arrive ordered by their last token, so each
 * layer keeps its chosen matches as a stack, and a new match that starts
 * earlier than (or at the same token as, and is longer than) every overlapping
 * match on top replaces them. Anything a replaced match had shut out lies
 * inside the new one, so the result is the same leftmost-longest choice, in
 * O(matches) (checked against `selectLongest` on random matches in the tests).
 */
export function selectLongestLayers(matches: Matches, layers: Uint8Array, tokenCount: number, bits: number[], into?: IndexList[]): IndexList[] {
  const L = bits.length;
  let wanted = 0;
  for (const b of bits) wanted |= b;
  const out: IndexList[] = [];
  for (let j = 0; j < L; j++) {
    const st = into?.[j] ?? new IndexList();
    st.length = 0;
    out.push(st);
  }
  const mFirst = matches.first;
  const mLast = matches.last;
  const mPhrase = matches.phrase;
  const count = matches.count;
  for (let k = 0; k < count; k++) {
    const p = mPhrase[k];
    const lb = layers[p] & wanted;
    if (lb === 0) continue;
    const f = mFirst[k];
    const l = mLast[k];
    if (f < 0 || l >= tokenCount) continue;
    for (let j = 0; j < L; j++) {
      if ((lb & bits[j]) === 0) continue;
      const st = out[j];
      const data = st.data;
      // How many overlapping matches on top of the stack the new one beats; it is
      // shut out (and nothing is popped) when an overlapping one beats it.
      let d = st.length;
      let keep = true;
      while (d > 0) {
        const t = data[d - 1];
        if (mLast[t] < f) break;
        const tf = mFirst[t];
        // Overlap: an earlier start wins; at the same start the longer, then the earlier-listed phrase.
        if (f < tf || (f === tf && (l > mLast[t] || (l === mLast[t] && p < mPhrase[t])))) d--;
        else {
          keep = false;
          break;
        }
      }
      if (keep) {
        st.length = d;
        st.push(k);
      }
    }
  }
  return out;
}
