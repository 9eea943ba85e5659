/**
 * Normalisation and tokenisation with an offset map back to the original.
 *
 * One char-code loop turns the note into tokens: lowercase letters/digits,
 * each with its [start, end) in the ORIGINAL text. On the way it
 *  - treats NBSP and other odd spaces, tabs and line breaks as separators
 *    (so "chest wall\nreconstruction" is three plain tokens),
 *  - joins letter-hyphen-letter ("Pan-coast" -> "pancoast", "take-back" ->
 *    "takeback"; phrases get joined variants at build time), soft hyphens and
 *    line-end hyphenation ("recon-\nstruction" -> "reconstruction"),
 *  - joins apostrophes ("didn't" -> "didnt") and drops a possessive "'s",
 *  - keeps "s/p", "h/o", "w/o" as one token,
 *  - expands abbreviations from data ("rul" -> right upper lobe; each
 *    expansion token keeps the abbreviation's span),
 *  - marks sentence starts (. ! ? ; followed by space, blank lines, list
 *    items), line starts, and parentheses (context scopes stop there).
 * Token ids come from a Vocab so the automaton never sees strings; no string
 * is built per token unless `words` is asked for (tests, phrase compiling).
 */

export const SENT = 1;
export const LINE = 2;
/** A parenthesis opens or closes just before this token: context scopes stop here. */
export const CLAUSE = 4;
/** Part of a section heading (set by findSections). */
export const HEAD = 8;

export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Vocab id, or -1 for a word no phrase uses. */
  id: Int32Array;
  /** SENT | LINE flags. */
  flags: Uint8Array;
  /** Normalised token strings; only when asked for. */
  words?: string[];
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Open-addressing word table: normalised word <-> small integer id. A slot
 * keeps the word's hash next to its id, and the words' characters sit in one
 * Uint16Array, so a lookup from the tokenizer's buffer reads typed arrays only.
 */
export class Vocab {
  private keys: string[] = [];
  private hashes: number[] = [];
  private table = new Int32Array(256);
  private slotHash = new Int32Array(256);
  private mask = 255;
  private pool = new Uint16Array(4096);
  private poolUsed = 0;
  private keyStart: number[] = [];
  /** Abbreviation expansions by id (ids of the expansion words). */
  expansions: (Int32Array | undefined)[] = [];

  get size(): number {
    return this.keys.length;
  }

  word(id: number): string {
    return this.keys[id];
  }

  /** FNV-1a over the UTF-16 code units, as a signed 32-bit integer. */
  static hashString(s: string): number {
    let h = FNV_OFFSET | 0;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
    return h | 0;
  }

  add(word: string): number {
    const found = this.get(word);
    if (found >= 0) return found;
    const id = this.keys.length;
    this.keys.push(word);
    this.hashes.push(Vocab.hashString(word));
    if (this.poolUsed + word.length > this.pool.length) {
      const p = new Uint16Array(Math.max(this.pool.length * 2, this.poolUsed + word.length));
      p.set(this.pool);
      this.pool = p;
    }
    this.keyStart.push(this.poolUsed);
    for (let i = 0; i < word.length; i++) this.pool[this.poolUsed++] = word.charCodeAt(i);
    if (this.keys.length * 2 > this.table.length) this.rehash(this.table.length * 4);
    else this.insert(id);
    return id;
  }

  get(word: string): number {
    const h = Vocab.hashString(word);
    let slot = h & this.mask;
    for (;;) {
      const v = this.table[slot];
      if (v === 0) return -1;
      if (this.slotHash[slot] === h && this.keys[v - 1] === word) return v - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Look up the word held in buf[0..len) whose hash (as hashString computes it) is h. */
  lookup(buf: Uint16Array, len: number, h: number): number {
    const table = this.table;
    const slotHash = this.slotHash;
    const mask = this.mask;
    let slot = h & mask;
    for (;;) {
      const v = table[slot];
      if (v === 0) return -1;
      if (slotHash[slot] === h) {
        const id = v - 1;
        const k = this.keys[id];
        if (k.length === len) {
          const pool = this.pool;
          const at = this.keyStart[id];
          let i = 0;
          while (i < len && pool[at + i] === buf[i]) i++;
          if (i === len) return id;
        }
      }
      slot = (slot + 1) & mask;
    }
  }

  private insert(id: number): void {
    let slot = this.hashes[id] & this.mask;
    while (this.table[slot] !== 0) slot = (slot + 1) & this.mask;
    this.table[slot] = id + 1;
    this.slotHash[slot] = this.hashes[id];
  }

  private rehash(size: number): void {
    this.table = new Int32Array(size);
    this.slotHash = new Int32Array(size);
    this.mask = size - 1;
    for (let id = 0; id < this.keys.length; id++) this.insert(id);
  }
}

function isHyphen(c: number): boolean {
  return c === 45 || (c >= 0x2010 && c <= 0x2014) || c === 0x2212;
}

/**
 * Character classes and lowercase, as tables over the BMP: one array read per
 * character instead of range tests (and no string built to lowercase a
 * non-ASCII letter). Word characters: letters/digits, and Latin-1/Latin
 * Extended letters.
 */
const WORD = 1;
const LETTER = 2;
const CLASS = new Uint8Array(65536);
const LOWER = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) {
  LOWER[c] = c;
  const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
  if (letter) {
    CLASS[c] = WORD | LETTER;
    const l = String.fromCharCode(c).toLowerCase();
    if (l.length === 1) LOWER[c] = l.charCodeAt(0);
  } else if (c >= 48 && c <= 57) CLASS[c] = WORD;
}

function isWordChar(c: number): boolean {
  return (CLASS[c] & WORD) !== 0;
}

function isLetter(c: number): boolean {
  return (CLASS[c] & LETTER) !== 0;
}

function isInlineSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff;
}

function isSpace(c: number): boolean {
  return isInlineSpace(c) || c === 10 || c === 11 || c === 12 || c === 0x2028 || c === 0x2029 || c === 0x85;
}

/** Words before a period that do not end a sentence ("Dr. Smith"). */
const NO_BREAK_BEFORE_DOT = ['dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'approx', 'fig', 'no', 'pt', 'e.g', 'i.e'];

/** Token arrays grown by doubling; an engine keeps one to reuse across notes (`TokenizeOptions.into`). */
export class TokenBuffer {
  start: Int32Array;
  end: Int32Array;
  id: Int32Array;
  flags: Uint8Array;
  count = 0;
  constructor(cap = 256) {
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
    this.id = new Int32Array(cap);
    this.flags = new Uint8Array(cap);
  }
  push(s: number, e: number, id: number, f: number): void {
    if (this.count === this.start.length) this.grow();
    const k = this.count++;
    this.start[k] = s;
    this.end[k] = e;
    this.id[k] = id;
    this.flags[k] = f;
  }
  private grow(): void {
    const cap = this.start.length * 2;
    const s = new Int32Array(cap);
    s.set(this.start);
    this.start = s;
    const e = new Int32Array(cap);
    e.set(this.end);
    this.end = e;
    const d = new Int32Array(cap);
    d.set(this.id);
    this.id = d;
    const f = new Uint8Array(cap);
    f.set(this.flags);
    this.flags = f;
  }
}

let sharedBuf = new Uint16Array(256);

export interface TokenizeOptions {
  vocab?: Vocab;
  /** Also return the normalised token strings. */
  words?: boolean;
  /** Write into this buffer (its earlier tokens are overwritten) instead of new arrays. */
  into?: TokenBuffer;
}

export function tokenize(text: string, options: TokenizeOptions = {}): Tokens {
  const vocab = options.vocab;
  const wantWords = options.words === true || vocab === undefined;
  const words: string[] | undefined = wantWords ? [] : undefined;
  const n = text.length;
  const out = options.into ?? new TokenBuffer(Math.max(16, ((n / 5) | 0) + 8));
  out.count = 0;
  let buf = sharedBuf;
  let pendingFlags = SENT | LINE;
  let newlines = 0;
  let lastTokEnd = -1;
  let lastTokLen = 0;
  let i = 0;
  const expansions = vocab ? vocab.expansions : [];
  const expLen = expansions.length;
  const cls = CLASS;
  const boxId = vocab ? vocab.get(UNCHECKED_BOX) : -1;
  const noId = vocab ? vocab.get(ANSWERED_NO) : -1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    if (c === 91 || c === 0x2610 || c === 0x2611 || c === 0x2612) {
      // A template checkbox starts a list item; an empty one ("[ ] Lobectomy") is read as a word the data can negate.
      const box = checkbox(text, i);
      if (box !== 0) {
        const boxEnd = i + (box > 0 ? box : -box);
        if (box > 0) {
          out.push(i, boxEnd, boxId, pendingFlags | SENT);
          if (words) words.push(UNCHECKED_BOX);
          pendingFlags = 0;
          newlines = 0;
          lastTokEnd = boxEnd;
          lastTokLen = 0;
        } else {
          pendingFlags |= SENT;
        }
        i = boxEnd;
        continue;
      }
    }
    if (c === 58) {
      // A template's answer ("Mechanical pleurodesis: no.") is read as a word the data can negate backward with.
      // "Imaging guidance: [ ] Ultrasound [x] None": the ticked answer is on the label's line, after its own box; the
      // label's sentence gets the "no" word on the colon itself (offset 0, length 1), which negates the label backward.
      const a = answeredNo(text, i) || (tickedNo(text, i) ? 1 : 0);
      if (a > 0) {
        const end = a & 0xffff;
        const from = i + (a >>> 16);
        out.push(from, from + end, noId, pendingFlags);
        if (words) words.push(ANSWERED_NO);
        pendingFlags = 0;
        newlines = 0;
        lastTokEnd = from + end;
        lastTokLen = end;
        i = from + end;
        continue;
      }
    }
    if (cls[c] === 0) {
      if (c === 10 || c === 0x2028 || c === 0x2029 || c === 0x85) {
        newlines++;
        pendingFlags |= LINE;
        if (newlines >= 2) pendingFlags |= SENT;
      } else if (c === 46 || c === 33 || c === 63 || c === 59) {
        // . ! ? ; end a sentence when followed by a space or the end.
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
        if (isSpace(next) || next === 34 || next === 41 || next === 0x201d || next === 44) {
          if (c !== 46 || lastTokEnd !== i || !shortAbbrevBefore(text, i, lastTokLen)) pendingFlags |= SENT;
        } else if (c === 46 && next >= 65 && next <= 90 && lastTokEnd === i && lastTokLen >= 2 && isLetter(text.charCodeAt(i - 1))) {
          // Flattened text: "right eye.OPERATIVE PROCEDURES:"
          pendingFlags |= SENT;
        }
      } else if ((pendingFlags & LINE) !== 0 && (c === 42 || c === 0x2022 || isHyphen(c))) {
        // A bullet at the start of a line starts a new item.
        pendingFlags |= SENT;
      } else if (c === 40 || c === 41 || c === 91 || c === 93) {
        pendingFlags |= CLAUSE;
      }
      i++;
      continue;
    }
    // A word.
    const start = i;
    let len = 0;
    let h = FNV_OFFSET | 0;
    let end = i;
    let prevLetter = false;
    // Letters since the last dot of a dotted initialism ("V.A.T.S.", "R.U.L."), which is read as one word.
    let seg = 0;
    let dotted = false;
    while (i < n) {
      const d = text.charCodeAt(i);
      const dc = cls[d];
      if (dc !== 0) {
        const l = LOWER[d];
        if (len === buf.length) {
          const nb = new Uint16Array(buf.length * 2);
          nb.set(buf);
          buf = nb;
          sharedBuf = nb;
        }
        buf[len++] = l;
        h = Math.imul(h ^ l, FNV_PRIME);
        prevLetter = (dc & LETTER) !== 0;
        seg++;
        i++;
        end = i;
        continue;
      }
      if (d === 46 && seg === 1 && prevLetter && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
        const nn = i + 2 < n ? text.charCodeAt(i + 2) : 32;
        if (nn === 46 || !isWordChar(nn)) {
          seg = 0;
          dotted = true;
          i++;
          continue;
        }
      }
      if (d === 0x00ad) {
        i++;
        continue;
      }
      if (prevLetter && isHyphen(d)) {
        const nx = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (isLetter(nx)) {
          i++;
          continue;
        }
        // Hyphenation at a line end: "recon-\n  struction".
        let j = i + 1;
        while (j < n && isInlineSpace(text.charCodeAt(j))) j++;
        if (j < n && text.charCodeAt(j) === 10) {
          j++;
          while (j < n && isInlineSpace(text.charCodeAt(j))) j++;
          const f = j < n ? text.charCodeAt(j) : 0;
          const before = text.charCodeAt(i - 1);
          if ((f >= 97 && f <= 122) || (f >= 65 && f <= 90 && before >= 65 && before <= 90)) {
            i = j;
            continue;
          }
        }
        break;
      }
      if (prevLetter && (d === 39 || d === 0x2019)) {
        const nx = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (isLetter(nx)) {
          const nn = i + 2 < n ? text.charCodeAt(i + 2) : 0;
          if ((nx === 115 || nx === 83) && !isWordChar(nn)) {
            // possessive 's: dropped, the token ends before the apostrophe
            i += 2;
            break;
          }
          i++;
          continue;
        }
        break;
      }
      if (d === 47 && len === 1 && prevLetter) {
        // s/p, h/o, w/o, r/o
        const nx = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        const nn = i + 2 < n ? text.charCodeAt(i + 2) : 0;
        if (isLetter(nx) && !isWordChar(nn)) {
          const l = LOWER[nx];
          buf[len++] = 47;
          h = Math.imul(h ^ 47, FNV_PRIME);
          buf[len++] = l;
          h = Math.imul(h ^ l, FNV_PRIME);
          i += 2;
          end = i;
        }
        break;
      }
      break;
    }
    // A number at a line start followed by "." or ")" is a list item.
    if ((pendingFlags & LINE) !== 0 && end < n) {
      const nx = text.charCodeAt(end);
      if ((nx === 46 || nx === 41) && buf[0] >= 48 && buf[0] <= 57 && len <= 3) pendingFlags |= SENT;
    }
    const id = vocab ? vocab.lookup(buf, len, h) : -1;
    const exp = id >= 0 && id < expLen ? expansions[id] : undefined;
    if (exp !== undefined) {
      for (let k = 0; k < exp.length; k++) {
        out.push(start, end, exp[k], k === 0 ? pendingFlags : 0);
        if (words) words.push(vocab!.word(exp[k]));
      }
    } else {
      out.push(start, end, id, pendingFlags);
      if (words) words.push(bufToString(buf, len));
    }
    pendingFlags = 0;
    newlines = 0;
    lastTokEnd = end;
    // A dotted initialism's own last dot is not a sentence end ("Right V.A.T.S. lobectomy"), as after an initial.
    lastTokLen = dotted ? 1 : len;
  }
  return {
    count: out.count,
    start: out.start,
    end: out.end,
    id: out.id,
    flags: out.flags,
    words,
  };
}

/** The word a template's "no" answer reads as. */
export const ANSWERED_NO = 'answeredno';

const NO_ANSWERS = ['no', 'none', 'n/a'];

/**
 * After the colon at text[i]: "no", "none" or "n/a", then a full stop, comma
 * or semicolon, or nothing more on the line. Returns (offset of the word from i) << 16
 * | its length, or 0.
 */
function answeredNo(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  while (j < n && j - i <= 4 && isInlineSpace(text.charCodeAt(j))) j++;
  const len = noWordAt(text, j);
  if (len === 0) return 0;
  let e = j + len;
  // Closed by a full stop, comma or semicolon ("... pleurodesis: no. 4. ..." in flattened text), or alone on its line.
  const closer = e < n ? text.charCodeAt(e) : 10;
  if (closer === 46 || closer === 44 || closer === 59) return ((j - i) << 16) | len;
  while (e < n && isInlineSpace(text.charCodeAt(e))) e++;
  if (e >= n || text.charCodeAt(e) === 10 || text.charCodeAt(e) === 13) return ((j - i) << 16) | len;
  return 0;
}

/** "no", "none" or "n/a" as a whole word at text[j] (any case): its length, or 0. */
function noWordAt(text: string, j: number): number {
  const n = text.length;
  for (const w of NO_ANSWERS) {
    let k = 0;
    while (k < w.length && j + k < n && LOWER[text.charCodeAt(j + k)] === w.charCodeAt(k)) k++;
    if (k === w.length && (j + k >= n || !isWordChar(text.charCodeAt(j + k)))) return k;
  }
  return 0;
}

function isBoxStart(c: number): boolean {
  return c === 91 || c === 0x2610 || c === 0x2611 || c === 0x2612;
}

/**
 * After the colon at text[i], a checkbox list on the same line whose ticked box says "no", "none" or "n/a". The scan
 * stops at the line end, the next colon (another label) or 160 characters, so each character is looked at once.
 */
function tickedNo(text: string, i: number): boolean {
  const n = text.length;
  let j = i + 1;
  while (j < n && j - i <= 4 && isInlineSpace(text.charCodeAt(j))) j++;
  if (j >= n || !isBoxStart(text.charCodeAt(j))) return false;
  const stop = Math.min(n, i + 160);
  while (j < stop) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 13 || c === 58) return false;
    const box = isBoxStart(c) ? checkbox(text, j) : 0;
    if (box < 0) {
      let k = j - box;
      while (k < n && k - j <= 8 && isInlineSpace(text.charCodeAt(k))) k++;
      if (noWordAt(text, k) > 0) return true;
      j -= box;
      continue;
    }
    j += box > 0 ? box : 1;
  }
  return false;
}

/** The word an empty template checkbox reads as. */
export const UNCHECKED_BOX = 'uncheckedbox';

/**
 * A checkbox at text[i]: "[ ]" or "\u2610" (empty) gives its length; "[x]",
 * "[X]", "\u2611" or "\u2612" (ticked) gives minus its length; anything else 0.
 */
function checkbox(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x2610) return 1;
  if (c === 0x2611 || c === 0x2612) return -1;
  let j = i + 1;
  while (j < text.length && j - i <= 3 && isInlineSpace(text.charCodeAt(j))) j++;
  const m = j < text.length ? text.charCodeAt(j) : 0;
  if (m === 93) return j > i + 1 ? j + 1 - i : 0;
  if (m === 120 || m === 88 || m === 0x2713 || m === 0x2714) {
    let k = j + 1;
    while (k < text.length && k - j <= 2 && isInlineSpace(text.charCodeAt(k))) k++;
    if (k < text.length && text.charCodeAt(k) === 93) return -(k + 1 - i);
  }
  return 0;
}

function bufToString(buf: Uint16Array, len: number): string {
  let s = '';
  for (let k = 0; k < len; k += 4096) {
    s += String.fromCharCode.apply(null, Array.from(buf.subarray(k, Math.min(len, k + 4096))));
  }
  return s;
}

function shortAbbrevBefore(text: string, dot: number, len: number): boolean {
  if (len === 1) return true; // initials: "J. Smith"
  if (len > 6) return false;
  // Compared in place (lowercased through the table): no string per sentence end.
  const from = dot - len;
  for (const w of NO_BREAK_BEFORE_DOT) {
    if (w.length !== len) continue;
    let k = 0;
    while (k < len && LOWER[text.charCodeAt(from + k)] === w.charCodeAt(k)) k++;
    if (k === len) return true;
  }
  return false;
}

/** Normalised words of a phrase (data side), the same way text is read. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).words ?? [];
}

/** Debug/test helper: the normalised token words joined by single spaces. */
export function normalizeText(text: string, vocab?: Vocab): string {
  const t = tokenize(text, { vocab, words: true });
  return (t.words ?? []).join(' ');
}
