import type { PageText, TextRange } from '../messaging';

/** Where one frame's text sits in the combined text the popup codes. */
export interface FrameSpan {
  frameId: number;
  start: number;
  end: number;
}

export interface FramePage {
  frameId: number;
  page: PageText;
}

/** Between frames' texts, so a sentence never runs on from one frame into the next. */
export const FRAME_SEPARATOR = '\n\n';

/**
 * Joins the texts of the frames read separately (the top frame, and
 * cross-origin frames of granted sites, which the top frame cannot reach)
 * into one PageText, top frame first, and records where each frame's text
 * went so evidence offsets can be sent back to the right frame.
 */
export function combineFrames(frames: FramePage[]): { page: PageText; spans: FrameSpan[] } {
  const ordered = [...frames].sort((a, b) => (a.frameId === 0 ? -1 : b.frameId === 0 ? 1 : a.frameId - b.frameId));
  const parts: string[] = [];
  const spans: FrameSpan[] = [];
  let length = 0;
  for (const { frameId, page } of ordered) {
    if (parts.length > 0) {
      parts.push(FRAME_SEPARATOR);
      length += FRAME_SEPARATOR.length;
    }
    parts.push(page.text);
    spans.push({ frameId, start: length, end: length + page.text.length });
    length += page.text.length;
  }
  const top = ordered.find((f) => f.frameId === 0) ?? ordered[0];
  const selected = ordered.findIndex((f) => f.page.selection.trim() !== '');
  const page: PageText = {
    text: parts.join(''),
    selection: selected >= 0 ? ordered[selected].page.selection : '',
    url: top?.page.url ?? '',
    truncated: ordered.some((f) => f.page.truncated),
  };
  const within = selected >= 0 ? ordered[selected].page.selectionStart : undefined;
  if (within != null) page.selectionStart = spans[selected].start + within;
  return { spans, page };
}

export interface FrameRanges {
  frameId: number;
  ranges: TextRange[];
  /** Index into `ranges` of the emphasised one, when it fell in this frame. */
  active?: number;
}

/**
 * Splits ranges over the combined text into per-frame ranges with offsets
 * local to each frame's own text. A range crossing a frame boundary (it can
 * only cover the separator) is clipped to each side.
 */
export function splitByFrame(spans: FrameSpan[], ranges: TextRange[], active?: number): FrameRanges[] {
  const out: FrameRanges[] = [];
  for (const span of spans) {
    const local: FrameRanges = { frameId: span.frameId, ranges: [] };
    ranges.forEach((r, index) => {
      const start = Math.max(r.start, span.start);
      const end = Math.min(r.end, span.end);
      if (end <= start) return;
      if (index === active) local.active = local.ranges.length;
      local.ranges.push({ start: start - span.start, end: end - span.start });
    });
    if (local.ranges.length > 0) out.push(local);
  }
  return out;
}
