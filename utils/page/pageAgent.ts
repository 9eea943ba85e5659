import { browser, type Browser } from 'wxt/browser';
import {
  POPUP_PORT,
  isOwnExtension,
  isTextRange,
  onMessage,
  parseTextRanges,
  sendMessage,
  type FrameText,
  type PagePortMessage,
  type PageText,
} from '../messaging';
import { EvidenceHighlighter } from '../highlight/highlighter';
import type { ExtractedText } from './extractText';
import { isCoveredByParent } from './frameRoot';
import { readPageSliced } from './readPage';
import { watchChanges, type ChangeWatcher } from './watchChanges';

type Port = Browser.runtime.Port;

/** A read nobody follows up (no popup port, no auto-scan) is dropped after this. */
const FORGET_AFTER_MS = 60_000;
/** Longest pause between two re-reads of a page that keeps changing. */
const MAX_COOLDOWN_MS = 5_000;

/**
 * Everything the content script does, for one frame: answer reads, paint
 * and clear evidence, tell an open popup (or auto-scan) when the note
 * changes. State lives in memory only; the text itself is kept only as the
 * map needed for highlighting and is never stored or logged.
 */
export function startPageAgent(win: Window): () => void {
  const doc = win.document;
  const highlighter = new EvidenceHighlighter();
  const popupPorts = new Set<Port>();
  const watchingPorts = new Set<Port>();
  let autoScan = false;
  let extracted: ExtractedText | null = null;
  let lastText: string | null = null;
  let watcher: ChangeWatcher | null = null;

  // The map (and the text in it) is kept only while it can be used: a popup
  // is open, or auto-scan compares each change with the last text.
  let forgetTimer: ReturnType<typeof setTimeout> | undefined;
  const forget = () => {
    if (popupPorts.size > 0 || autoScan) return;
    extracted = null;
    lastText = null;
  };
  const forgetSoon = () => {
    clearTimeout(forgetTimer);
    forgetTimer = setTimeout(forget, FORGET_AFTER_MS);
  };

  const read = async (): Promise<PageText> => {
    const result = await readPageSliced(doc, { isOwn: highlighter.isOwnSelection });
    extracted = result.extracted;
    lastText = result.page.text;
    watcher?.observeRootsOf(result.extracted);
    forgetSoon();
    return result.page;
  };

  /** Messages reach content scripts only from the extension, but check anyway: cheap, and it documents the trust boundary. */
  const requireOwn = (sender: unknown) => {
    if (!isOwnExtension(sender as Browser.runtime.MessageSender, browser.runtime.id)) throw new Error('Not from CodeCue');
  };
  const ensureRead = async (): Promise<ExtractedText> => extracted ?? (await read(), extracted!);

  const checkForChange = async () => {
    if (!watchingPorts.size && !autoScan) return;
    const before = lastText;
    const started = performance.now();
    const page = await read();
    const cost = performance.now() - started;
    if (page.text !== before) {
      const message: PagePortMessage = { type: 'pageChanged', page };
      for (const port of watchingPorts) port.postMessage(message);
      if (autoScan) void announce();
    } // else a clock ticking or a spinner: nothing to re-code.
    // A page that never stops changing is re-read at most a quarter of the time.
    await new Promise((resume) => setTimeout(resume, Math.min(MAX_COOLDOWN_MS, cost * 3)));
  };

  // One re-read at a time: changes that arrive during a (sliced) read get one more read after it.
  let checking: Promise<void> | null = null;
  let changedAgain = false;
  const onPageChanged = () => {
    if (checking) {
      changedAgain = true;
      return;
    }
    checking = (async () => {
      do {
        changedAgain = false;
        await checkForChange();
      } while (changedAgain);
    })().finally(() => {
      checking = null;
    });
  };

  // Auto-scan: the background says whether this site is one the coder opted
  // into (and stops it here once the coder revokes the site).
  const announce = () =>
    sendMessage('autoScanPage', undefined).then(
      (reply) => {
        autoScan = reply?.watch === true;
        updateWatching();
      },
      () => undefined, // No background listener (tests) or the extension reloaded.
    );

  const updateWatching = () => {
    const wanted = watchingPorts.size > 0 || autoScan;
    if (wanted && !watcher) {
      watcher = watchChanges(doc, onPageChanged);
      if (extracted) watcher.observeRootsOf(extracted);
    } else if (!wanted && watcher) {
      watcher.stop();
      watcher = null;
    }
  };

  const removers = [
    onMessage('getPageText', ({ sender }) => {
      requireOwn(sender);
      return read();
    }),
    onMessage('getFrameText', async ({ sender }): Promise<FrameText> => {
      requireOwn(sender);
      if (isCoveredByParent(win)) return { text: '', selection: '', url: doc.location.href, truncated: false, covered: true };
      return { ...(await read()), covered: false };
    }),
    onMessage('highlight', async ({ sender, data }) => {
      requireOwn(sender);
      const active = Number.isInteger(data?.active) ? data.active : undefined;
      return highlighter.show(await ensureRead(), parseTextRanges(data?.ranges), active);
    }),
    onMessage('scrollToEvidence', async ({ sender, data }) => {
      requireOwn(sender);
      return isTextRange(data) ? highlighter.scrollTo(await ensureRead(), data) : false;
    }),
    onMessage('clearHighlights', ({ sender }) => {
      requireOwn(sender);
      highlighter.clear();
    }),
  ];

  // The popup holds a port open while it is showing; when it closes (or
  // the coder switches away) the port disconnects and the page is left as it was.
  const onConnect = (port: Port) => {
    if (port.name !== POPUP_PORT || !isOwnExtension(port.sender, browser.runtime.id)) return;
    popupPorts.add(port);
    port.onMessage.addListener((message: unknown) => {
      if ((message as { type?: unknown })?.type === 'watch') {
        watchingPorts.add(port);
        updateWatching();
      }
    });
    port.onDisconnect.addListener(() => {
      popupPorts.delete(port);
      watchingPorts.delete(port);
      if (popupPorts.size === 0) {
        highlighter.clear();
        forget();
      }
      updateWatching();
    });
  };
  browser.runtime.onConnect.addListener(onConnect);

  if (win === win.top) void announce();

  return () => {
    for (const remove of removers) remove();
    browser.runtime.onConnect.removeListener(onConnect);
    highlighter.clear();
    watcher?.stop();
    clearTimeout(forgetTimer);
  };
}
