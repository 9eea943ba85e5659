import type { Page } from 'playwright-core';

/**
 * Sends a message of the extension's own protocol (@webext-core/messaging's
 * wire format: {id, type, data, timestamp} -> {res} | {err}) from the real
 * popup to the active tab's content script, the way the popup-side helpers
 * do, so page-side behaviour is tested before the popup wires its buttons.
 */
export async function sendToPage<T = unknown>(popup: Page, type: string, data?: unknown, frameId = 0): Promise<T> {
  return popup.evaluate(
    async ({ type, data, frameId }) => {
      const chrome = (globalThis as any).chrome;
      const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
      const reply = await chrome.tabs.sendMessage(tab.id, { id: Date.now(), type, data, timestamp: Date.now() }, { frameId });
      if (reply?.err) throw new Error(`page replied with an error: ${JSON.stringify(reply.err)}`);
      return reply?.res;
    },
    { type, data, frameId },
  );
}

/** The page text the content script reports, and where a phrase is in it. */
export async function rangeOf(popup: Page, phrase: string, frameId = 0): Promise<{ start: number; end: number }> {
  const page = await sendToPage<{ text: string }>(popup, frameId === 0 ? 'getPageText' : 'getFrameText', undefined, frameId);
  const start = page.text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" not in the page text`);
  return { start, end: start + phrase.length };
}

/** The text of every custom highlight of one name in a document, read from the page's main world: `page.evaluate(highlightedTexts, name)`. */
export const highlightedTexts = (name: string): string[] => {
  const h = (CSS as any).highlights?.get(name);
  return h ? [...h].map((r: Range) => r.toString()) : [];
};

/** Every frame's serialised DOM, open shadow roots included. */
export async function serialiseAllFrames(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const frame of page.frames()) {
    out.push(
      await frame.evaluate(() => {
        const parts = [document.documentElement.outerHTML];
        const walk = (root: Document | ShadowRoot) =>
          root.querySelectorAll('*').forEach((el) => {
            if (el.shadowRoot) {
              parts.push(el.shadowRoot.innerHTML);
              walk(el.shadowRoot);
            }
          });
        walk(document);
        return parts.join('\n---\n');
      }),
    );
  }
  return out;
}

/**
 * Opens the popup's port to the page's top frame and asks it to watch for
 * changes, as `watchPage` does; every pageChanged text is collected in the
 * popup as `globalThis.pageTexts`.
 */
export async function watchFromPopup(popup: Page, frameId = 0): Promise<void> {
  await popup.evaluate(async (frameId) => {
    const g = globalThis as any;
    const [tab] = await g.chrome.tabs.query({ active: true, currentWindow: true });
    g.pageTexts = [];
    g.watchPort = g.chrome.tabs.connect(tab.id, { name: 'codecue-popup', frameId });
    g.watchPort.onMessage.addListener((m: any) => {
      if (m?.type === 'pageChanged') g.pageTexts.push(m.page.text);
    });
    g.watchPort.postMessage({ type: 'watch' });
  }, frameId);
}

/** Waits until a pushed page text contains `phrase`, and returns that text. */
export async function waitForPushedText(popup: Page, phrase: string, timeout = 5_000): Promise<string> {
  const handle = await popup.waitForFunction(
    (phrase) => ((globalThis as any).pageTexts as string[]).find((t) => t.includes(phrase)),
    phrase,
    { timeout },
  );
  return (await handle.jsonValue()) as string;
}
