import { parseHighlightResult, sendMessage, type HighlightResult, type PageText, type TextRange } from '../messaging';
import { splitByFrame } from '../page/combineFrames';
import { portTo } from '../page/popupPorts';
import { frameSpans } from '../page/tabFrames';

/**
 * Popup side: show the evidence of the suggestions in the page. Offsets are
 * into the text the popup coded (PageText.text, from getPageText or
 * readTab); they are sent to the frame each piece came from. Each frame
 * the popup highlights in gets a port, so closing the popup clears them.
 */
export async function highlightEvidence(tabId: number, ranges: TextRange[], active?: number): Promise<HighlightResult> {
  const total: HighlightResult = { painted: 0, inFields: 0 };
  const perFrame = splitByFrame(frameSpans(tabId), ranges, active);
  await Promise.all(
    perFrame.map(async ({ frameId, ranges: local, active: localActive }) => {
      portTo(tabId, frameId);
      try {
        const result = parseHighlightResult(await sendMessage('highlight', { ranges: local, active: localActive }, { tabId, frameId }));
        total.painted += result.painted;
        total.inFields += result.inFields;
      } catch {
        // The frame went away (navigated, closed): nothing to paint there.
      }
    }),
  );
  return total;
}

/** Scrolls the note to one piece of evidence (selecting it when it is in a text field). */
export async function scrollToEvidence(tabId: number, range: TextRange): Promise<boolean> {
  const [target] = splitByFrame(frameSpans(tabId), [range]);
  if (!target) return false;
  portTo(tabId, target.frameId);
  try {
    return (await sendMessage('scrollToEvidence', target.ranges[0], { tabId, frameId: target.frameId })) === true;
  } catch {
    return false;
  }
}

/** Removes every highlight CodeCue painted in the tab (the popup closing does this too). */
export async function clearHighlights(tabId: number): Promise<void> {
  await Promise.all(
    frameSpans(tabId).map(({ frameId }) => sendMessage('clearHighlights', undefined, { tabId, frameId }).catch(() => undefined)),
  );
}

/**
 * Evidence offsets point into what the popup coded: the page text, or only
 * the coder's selection. Highlighting takes page-text offsets; a selection
 * the page could not place in its text (selectionStart missing) cannot be
 * highlighted, and gives [].
 */
export function toPageRanges(page: PageText, codedSelection: boolean, ranges: TextRange[]): TextRange[] {
  if (!codedSelection) return ranges;
  const at = page.selectionStart;
  if (at == null) return [];
  return ranges.map((r) => ({ start: r.start + at, end: r.end + at }));
}
