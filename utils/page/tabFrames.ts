import { browser } from 'wxt/browser';
import { parseFrameText, parsePagePortMessage, sendMessage, type PageText } from '../messaging';
import { combineFrames, type FramePage, type FrameSpan } from './combineFrames';
import { portTo } from './popupPorts';

/**
 * Popup side: the frames of a tab the popup read, kept in the popup's
 * memory only, so evidence offsets into the combined text can be sent to
 * the frame they came from.
 */
interface TabLayout {
  frames: FramePage[];
  spans: FrameSpan[];
}
const layouts = new Map<number, TabLayout>();

const CONTENT_SCRIPT = '/content-scripts/content.js';

/**
 * The frames of a tab, as last read by readTab; when the popup read the
 * tab some other way (frame 0's getPageText), frame 0 holds all the text.
 */
export function frameSpans(tabId: number): FrameSpan[] {
  return layouts.get(tabId)?.spans ?? [{ frameId: 0, start: 0, end: Number.MAX_SAFE_INTEGER }];
}

/** True when the coder has granted CodeCue any site (optional host permissions). */
async function anySiteGranted(): Promise<boolean> {
  try {
    const { origins = [] } = await browser.permissions.getAll();
    return origins.length > 0;
  } catch {
    return false;
  }
}

/**
 * Frames to read. With only activeTab, the top frame (whose walk already
 * covers same-origin frames). When the coder has granted sites, every frame
 * the browser lets CodeCue into: cross-origin frames of granted sites get
 * their own content script, and each answers separately.
 */
export async function injectContentScripts(tabId: number): Promise<number[]> {
  if (await anySiteGranted()) {
    try {
      const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT] });
      const ids = results.map((r) => r.frameId).filter((id): id is number => typeof id === 'number');
      if (ids.includes(0)) return [...new Set(ids)];
    } catch {
      // Fall back to the top frame alone, which activeTab allows.
    }
  }
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CONTENT_SCRIPT] });
  return [0];
}

/**
 * Reads a tab the popup was opened on: injects the content script and
 * gathers the text of every readable frame, top frame first. Throws like
 * executeScript does when the page cannot be scripted.
 */
export async function readTab(tabId: number): Promise<PageText> {
  return readFrames(tabId, await injectContentScripts(tabId));
}

/**
 * Asks each injected frame for its text and joins them (see combineFrames).
 * Throws when the top frame does not answer; a subframe that does not is
 * left out.
 */
export async function readFrames(tabId: number, frameIds: number[]): Promise<PageText> {
  const frames: FramePage[] = [];
  await Promise.all(
    frameIds.map(async (frameId) => {
      try {
        const reply = parseFrameText(await sendMessage('getFrameText', undefined, { tabId, frameId }));
        if (!reply.covered) frames.push({ frameId, page: reply });
      } catch (error) {
        if (frameId === 0) throw error; // The top frame must answer; a subframe that does not is left out.
      }
    }),
  );
  const { page, spans } = combineFrames(frames);
  layouts.set(tabId, { frames, spans });
  return page;
}

/**
 * Calls `onText` with the tab's fresh text whenever the note changes while
 * the popup is open (text typed or streamed in, a lazy list loading more).
 * Returns a function that stops listening. Pages are watched only while a
 * popup holds a port to them.
 */
export function watchPage(tabId: number, onText: (page: PageText) => void): () => void {
  const frames = layouts.get(tabId)?.frames ?? [];
  const frameIds = frames.length ? frames.map((f) => f.frameId) : [0];
  const listeners: Array<() => void> = [];
  for (const frameId of frameIds) {
    const port = portTo(tabId, frameId);
    const listener = (message: unknown) => {
      const parsed = parsePagePortMessage(message);
      if (!parsed) return; // Anything else from the page is ignored.
      const current = layouts.get(tabId) ?? { frames: [], spans: [] };
      const frames = [...current.frames.filter((f) => f.frameId !== frameId), { frameId, page: parsed.page }];
      const combined = combineFrames(frames);
      layouts.set(tabId, { frames, spans: combined.spans });
      onText(combined.page);
    };
    port.onMessage.addListener(listener);
    port.postMessage({ type: 'watch' });
    listeners.push(() => port.onMessage.removeListener(listener));
  }
  return () => listeners.forEach((remove) => remove());
}
