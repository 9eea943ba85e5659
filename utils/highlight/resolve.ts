import type { TextRange } from '../messaging';
import { positionIn, type ExtractedText, type TextSegment } from '../page/extractText';

export type { TextRange };

export type FormField = HTMLTextAreaElement | HTMLInputElement;

/**
 * Where a piece of evidence is in the DOM: a Range over page text, or a
 * slice of a form field's value (the Highlight API cannot paint inside
 * fields, so those are selected instead).
 */
export type EvidenceTarget =
  | { kind: 'text'; range: Range }
  | { kind: 'field'; field: FormField; start: number; end: number };

function isField(source: TextSegment['source']): source is FormField {
  return source.nodeType === 1;
}

/** First segment that ends after `offset` (segments are sorted and disjoint). */
function firstSegmentEndingAfter(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Maps a text range to DOM targets. A range that crosses a boundary a DOM
 * Range cannot span (into a shadow root, another frame's document, a form
 * field) is split into one target per side.
 */
export function resolveRange(extracted: ExtractedText, { start, end }: TextRange): EvidenceTarget[] {
  const { segments } = extracted;
  if (!(end > start)) return [];
  const targets: EvidenceTarget[] = [];
  let group: { first: TextSegment; last: TextSegment; root: Node } | null = null;

  const flush = () => {
    if (!group) return;
    const from = positionIn(group.first, Math.max(start, group.first.start) - group.first.start);
    const to = positionIn(group.last, Math.min(end, group.last.end) - group.last.start);
    const doc = group.first.source.ownerDocument;
    if (doc) {
      const range = doc.createRange();
      range.setStart(from.source, from.offset);
      range.setEnd(to.source, to.offset);
      if (!range.collapsed) targets.push({ kind: 'text', range });
    }
    group = null;
  };

  for (let i = firstSegmentEndingAfter(segments, start); i < segments.length && segments[i].start < end; i++) {
    const seg = segments[i];
    if (isField(seg.source)) {
      flush();
      const s = positionIn(seg, Math.max(start, seg.start) - seg.start).offset;
      const e = positionIn(seg, Math.min(end, seg.end) - seg.start).offset;
      if (e > s) targets.push({ kind: 'field', field: seg.source, start: s, end: e });
      continue;
    }
    const root = seg.source.getRootNode();
    if (group && group.root !== root) flush();
    if (group) group.last = seg;
    else group = { first: seg, last: seg, root };
  }
  flush();
  return targets;
}
