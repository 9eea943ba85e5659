/**
 * Reads the text a coder sees on a page, in reading order, the way
 * `innerText` would, but also through open shadow roots, same-origin
 * iframes and form fields (which `innerText` skips), and keeping a map from
 * every character of the result back to a DOM position so evidence can be
 * highlighted later.
 *
 * Takes the document as a parameter so tests can pass any DOM.
 */

/** Where a run of extracted text came from. */
export interface TextSegment {
  /** Offsets into the extracted text. */
  start: number;
  end: number;
  /** A Text node, or a textarea/input whose value was read. */
  source: Text | HTMLTextAreaElement | HTMLInputElement;
  /** True when whitespace was collapsed (CSS `white-space: normal`). */
  collapsed: boolean;
}

export interface ExtractedText {
  text: string;
  segments: TextSegment[];
  truncated: boolean;
}

export interface DomPosition {
  source: TextSegment['source'];
  /** Offset into the Text node's data or the form field's value. */
  offset: number;
}

/** Pages above this size are cut (and the popup says so) rather than freezing the tab. */
export const MAX_TEXT_CHARS = 4_000_000;

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'META', 'LINK', 'SVG', 'CANVAS',
  'VIDEO', 'AUDIO', 'OBJECT', 'EMBED', 'SELECT', 'OPTION', 'BUTTON',
]);
const TEXT_INPUT_TYPES = new Set(['', 'text', 'search']);
const WHITESPACE = /[ \t\n\r\f]+/g;

class TextBuilder {
  private parts: string[] = [];
  length = 0;
  segments: TextSegment[] = [];
  truncated = false;
  private lastChar = '\n';

  constructor(private readonly cap: number) {}

  get full(): boolean {
    return this.length >= this.cap;
  }

  /** A block boundary: at most one blank line between blocks. */
  breakLine(): void {
    if (this.lastChar !== '\n') this.push('\n');
  }

  space(): void {
    if (this.lastChar !== ' ' && this.lastChar !== '\n') this.push(' ');
  }

  add(text: string, source: TextSegment['source'], collapsed: boolean): void {
    if (text.length === 0) return;
    let chunk = text;
    if (this.length + chunk.length > this.cap) {
      chunk = chunk.slice(0, this.cap - this.length);
      this.truncated = true;
    }
    this.segments.push({ start: this.length, end: this.length + chunk.length, source, collapsed });
    this.push(chunk);
  }

  private push(s: string): void {
    if (this.full) {
      this.truncated = true;
      return;
    }
    this.parts.push(s);
    this.length += s.length;
    this.lastChar = s[s.length - 1];
  }

  get endsWithSpace(): boolean {
    return this.lastChar === ' ' || this.lastChar === '\n';
  }

  toString(): string {
    return this.parts.join('');
  }
}

function isHiddenElement(el: Element, style: CSSStyleDeclaration | null): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (!style) return false;
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
}

function isBlock(el: Element, style: CSSStyleDeclaration | null): boolean {
  if (el.tagName === 'BR') return true;
  const display = style?.display ?? '';
  if (display) return !display.startsWith('inline') && display !== 'contents';
  return /^(DIV|P|LI|UL|OL|TR|TABLE|SECTION|ARTICLE|HEADER|FOOTER|H[1-6]|PRE|BLOCKQUOTE|DL|DT|DD|FORM|MAIN|NAV|ASIDE|TEXTAREA)$/.test(el.tagName);
}

function keepsWhitespace(style: CSSStyleDeclaration | null): boolean {
  const ws = style?.whiteSpace ?? '';
  return ws.startsWith('pre') || ws === 'break-spaces';
}

/** Collapses whitespace the way `white-space: normal` renders it. */
function collapse(data: string): string {
  return data.replace(WHITESPACE, ' ');
}

/**
 * Walks the page as a generator that yields after every element, so one
 * walk serves both the synchronous reader (tests, small pages) and the
 * time-sliced one that keeps a 2 MB note page responsive.
 */
function* walkDocument(doc: Document, out: TextBuilder): Generator<void, void, void> {
  const view = doc.defaultView;

  const walkChildren = function* (parent: Node, pre: boolean): Generator<void, void, void> {
    for (let child = parent.firstChild; child && !out.full; child = child.nextSibling) {
      yield* walkNode(child, pre);
    }
  };

  const walkText = (node: Text, pre: boolean): void => {
    const data = node.data;
    if (pre) {
      out.add(data, node, false);
      return;
    }
    let text = collapse(data);
    if (text === ' ') {
      out.space();
      return;
    }
    if (out.endsWithSpace && text.startsWith(' ')) {
      // The leading space is dropped; the segment still maps from the node's start
      // because positions are recomputed over the collapsed form.
      text = text.slice(1);
      out.add(text, node, true);
      return;
    }
    out.add(text, node, true);
  };

  const walkElement = function* (el: Element, pre: boolean): Generator<void, void, void> {
    if (SKIPPED_TAGS.has(el.tagName)) return;
    yield;
    const win = el.ownerDocument.defaultView ?? view;
    // A document without a window (e.g. from DOMParser) has no computed style; its inline style still counts.
    const style = win ? win.getComputedStyle(el) : ((el as HTMLElement).style ?? null);
    if (isHiddenElement(el, style)) return;
    const block = isBlock(el, style);
    if (block) out.breakLine();
    const innerPre = style && style.whiteSpace ? keepsWhitespace(style) : pre || el.tagName === 'PRE';

    if (el.tagName === 'TEXTAREA') {
      out.add((el as HTMLTextAreaElement).value, el as HTMLTextAreaElement, false);
      out.breakLine();
      return;
    }
    if (el.tagName === 'INPUT') {
      const input = el as HTMLInputElement;
      if (TEXT_INPUT_TYPES.has((input.getAttribute('type') ?? '').toLowerCase())) {
        out.space();
        out.add(input.value, input, false);
        out.space();
      }
      return;
    }
    if (el.tagName === 'IFRAME' || el.tagName === 'FRAME') {
      let inner: Document | null = null;
      try {
        inner = (el as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null; // Cross-origin: not ours to read without the site's permission.
      }
      if (inner?.body) {
        out.breakLine();
        yield* walkElement(inner.body, false);
        out.breakLine();
      }
      return;
    }
    if (el.tagName === 'SLOT') {
      const assigned = (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
      if (assigned.length > 0) {
        for (const node of assigned) yield* walkNode(node, innerPre);
      } else {
        yield* walkChildren(el, innerPre);
      }
    } else if (el.shadowRoot) {
      yield* walkChildren(el.shadowRoot, innerPre);
    } else {
      yield* walkChildren(el, innerPre);
    }
    if (block) out.breakLine();
    else if (el.tagName === 'TD' || el.tagName === 'TH') out.space();
  };

  const walkNode = function* (node: Node, pre: boolean): Generator<void, void, void> {
    if (node.nodeType === 3) walkText(node as Text, pre);
    else if (node.nodeType === 1) yield* walkElement(node as Element, pre);
  };

  if (doc.body) yield* walkElement(doc.body, false);
}

function finish(out: TextBuilder): ExtractedText {
  return { text: out.toString(), segments: out.segments, truncated: out.truncated };
}

export function extractText(doc: Document, cap = MAX_TEXT_CHARS): ExtractedText {
  const out = new TextBuilder(cap);
  const walk = walkDocument(doc, out);
  while (!walk.next().done) {
    // Runs to completion in one go.
  }
  return finish(out);
}

export interface SliceOptions {
  cap?: number;
  /** Longest stretch of work before giving the page's main thread back. */
  sliceMs?: number;
  /** How to give the main thread back; defaults to scheduler.yield or a macrotask. */
  yieldToPage?: () => Promise<void>;
  now?: () => number;
}

/** Gives the page's own work (input, rendering) a turn between slices. */
export function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The same walk in time slices: never holds the page's main thread for
 * more than about `sliceMs` (a long task is 50 ms), so reading a 2 MB note
 * does not freeze the EHR the coder is typing in.
 */
export async function extractTextSliced(doc: Document, options: SliceOptions = {}): Promise<ExtractedText> {
  const { cap = MAX_TEXT_CHARS, sliceMs = 8, yieldToPage = defaultYield, now = () => performance.now() } = options;
  const out = new TextBuilder(cap);
  const walk = walkDocument(doc, out);
  let sliceStart = now();
  for (let step = 0; !walk.next().done; step++) {
    // Checking the clock every element costs more than the check saves.
    if ((step & 7) === 0 && now() - sliceStart > sliceMs) {
      await yieldToPage();
      sliceStart = now();
    }
  }
  return finish(out);
}

/** The text a segment's source holds, in the form it was added. */
function sourceText(segment: TextSegment): string {
  const { source } = segment;
  return 'data' in source ? (source as Text).data : (source as HTMLTextAreaElement).value;
}

/**
 * Maps an offset in the extracted text back to a DOM position. Collapsed
 * segments are re-walked so no per-character table has to be kept.
 */
export function locate(extracted: ExtractedText, offset: number): DomPosition | null {
  const index = segmentIndexAt(extracted, offset);
  return index < 0 ? null : positionIn(extracted.segments[index], offset - extracted.segments[index].start);
}

/** Index of the segment holding `offset` (binary search), or -1. */
export function segmentIndexAt(extracted: ExtractedText, offset: number): number {
  const { segments } = extracted;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid];
    if (offset < seg.start) hi = mid - 1;
    else if (offset > seg.end || (offset === seg.end && mid + 1 < segments.length && segments[mid + 1].start === offset)) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The DOM position `within` characters into a segment's emitted text. */
export function positionIn(segment: TextSegment, within: number): DomPosition {
  if (!segment.collapsed) return { source: segment.source, offset: within };
  const raw = sourceText(segment);
  let at = raw.length;
  forEachEmitted(segment, raw, (rawIndex, n) => {
    if (n !== within) return false;
    at = rawIndex;
    return true;
  });
  return { source: segment.source, offset: at };
}

/**
 * Calls `visit(rawIndex, n)` for each character of a collapsed segment's raw
 * text that made it into the extracted text (the n-th emitted one), until
 * `visit` returns true. The emitted text is the raw text with whitespace
 * runs collapsed, possibly without its leading space.
 */
function forEachEmitted(segment: TextSegment, raw: string, visit: (rawIndex: number, n: number) => boolean): void {
  let skip = collapse(raw).length - (segment.end - segment.start); // 1 when the leading space was dropped
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    const isWs = c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
    if (isWs) {
      if (inSpace) continue;
      inSpace = true;
    } else {
      inSpace = false;
    }
    if (skip > 0) {
      skip--;
      continue;
    }
    if (visit(i, n++)) return;
  }
}

/**
 * The reverse of positionIn: how many characters of the segment's emitted
 * text come before `rawOffset` in its Text node or field value.
 */
export function offsetInSegment(segment: TextSegment, rawOffset: number): number {
  const emitted = segment.end - segment.start;
  if (!segment.collapsed) return Math.max(0, Math.min(rawOffset, emitted));
  const raw = sourceText(segment);
  let produced = 0;
  forEachEmitted(segment, raw, (rawIndex) => {
    if (rawIndex >= rawOffset) return true;
    produced++;
    return false;
  });
  return Math.min(produced, emitted);
}
