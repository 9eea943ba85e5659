import { offsetInSegment, type ExtractedText } from './extractText';
import type { OwnFieldSelection } from './readPage';

export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Where the coder's selection lies in the extracted text, so the popup can
 * code exactly that slice of the text it highlights in (evidence offsets
 * into the selection + start = offsets into the page text). Null when
 * there is no selection or it is somewhere the read did not go.
 */
export function selectionSpan(extracted: ExtractedText, doc: Document, isOwn?: OwnFieldSelection): TextSpan | null {
  const active = doc.activeElement;
  if (active && (active.tagName === 'TEXTAREA' || active.tagName === 'INPUT')) {
    const field = active as HTMLTextAreaElement;
    const { selectionStart: from, selectionEnd: to } = field;
    if (from != null && to != null && to > from && !isOwn?.(field, from, to)) {
      const seg = extracted.segments.find((s) => s.source === field);
      return seg ? { start: seg.start + offsetInSegment(seg, from), end: seg.start + offsetInSegment(seg, to) } : null;
    }
  }
  if (active && active.tagName === 'IFRAME') {
    try {
      const inner = (active as HTMLIFrameElement).contentDocument;
      const span = inner ? selectionSpan(extracted, inner, isOwn) : null;
      if (span) return span;
    } catch {
      // Cross-origin frame: not ours.
    }
  }
  const selection = doc.getSelection?.();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  let start = -1;
  let end = -1;
  for (const seg of extracted.segments) {
    const source = seg.source;
    if (source.ownerDocument !== doc || !range.intersectsNode(source)) {
      if (start >= 0) break; // Segments are in document order: the selection is behind us.
      continue;
    }
    const from = source === range.startContainer ? seg.start + offsetInSegment(seg, range.startOffset) : seg.start;
    const to = source === range.endContainer ? seg.start + offsetInSegment(seg, range.endOffset) : seg.end;
    if (start < 0) start = from;
    end = to;
  }
  return start >= 0 && end > start ? { start, end } : null;
}
