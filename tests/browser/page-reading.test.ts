import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { launchWithExtension, launchWithGrantedSites, openPopupWithShortcut, openTab, startFixtureServer, waitForResult, type ExtensionSession } from './harness';
import { highlightedTexts, rangeOf, sendToPage, serialiseAllFrames, waitForPushedText, watchFromPopup } from './protocol';

let session: ExtensionSession;
let server: Server;
let origin: string;

beforeAll(async () => {
  ({ server, origin } = await startFixtureServer());
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  server?.close();
});

async function popupFor(url: string, ready?: string): Promise<{ page: Page; popup: Page }> {
  const page = await openTab(session, url);
  if (ready) await page.waitForFunction(ready, undefined, { timeout: 15_000 });
  const popup = await openPopupWithShortcut(session, page);
  await waitForResult(popup);
  return { page, popup };
}

async function closeAll(...pages: Page[]) {
  for (const p of pages) if (!p.isClosed()) await p.close();
}

const likelyCodes = (popup: Page) =>
  popup.locator('section[aria-labelledby="likely-heading"] .suggestion').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-code')));

describe('rich-text editors loaded from npm', () => {
  it.each([
    ['Quill (contenteditable)', 'quill.html'],
    ['TinyMCE (editor in an iframe)', 'tinymce.html'],
  ])('%s: reads the note once and highlights evidence in it', async (_label, file) => {
    const { page, popup } = await popupFor(`${origin}/pages/${file}`, 'window.editorReady === true');
    expect(await popup.locator('.suggestions .suggestion').first().getAttribute('data-code')).toBe('32504');
    const { text } = await sendToPage<{ text: string }>(popup, 'getPageText');
    // Read once: not also from TinyMCE's hidden source textarea or Quill's clipboard.
    expect(text.split('PROCEDURE PERFORMED').length - 1).toBe(1);

    const before = await serialiseAllFrames(page);
    expect(await sendToPage(popup, 'highlight', { ranges: [await rangeOf(popup, 'Marlex mesh')] })).toEqual({ painted: 1, inFields: 0 });
    const texts = await Promise.all(page.frames().map((f) => f.evaluate(highlightedTexts, 'codecue-evidence')));
    expect(texts.flat()).toEqual(['Marlex mesh']);
    expect(await serialiseAllFrames(page)).toEqual(before);
    await closeAll(popup, page);
  });
});

describe('form fields', () => {
  it('reads text inputs (and not password or hidden ones)', async () => {
    const { page, popup } = await popupFor(`${origin}/pages/inputs.html`);
    expect(await likelyCodes(popup)).toContain('32504');
    const { text } = await sendToPage<{ text: string }>(popup, 'getPageText');
    expect(text).toContain('chest wall reconstruction with Marlex mesh');
    expect(text).not.toContain('cryoablation');
    await closeAll(popup, page);
  });
});

describe('text that arrives while the popup is open', () => {
  it('pushes the note when it arrives after load, and when the coder types', async () => {
    const { page, popup } = await popupFor(`${origin}/pages/late-note.html`);
    await expect(popup.locator('.state.nothing').count()).resolves.toBe(1);
    await watchFromPopup(popup);
    await page.evaluate(() => (window as any).deliverNote());
    expect(await waitForPushedText(popup, 'cryoablation')).toContain('Two freeze-thaw cycles');
    await page.locator('#addendum').pressSequentially('Addendum: wedge resection', { delay: 5 });
    expect(await waitForPushedText(popup, 'Addendum: wedge resection')).toContain('cryoablation');
    await closeAll(popup, page);
  });

  it('lazily loaded list: pushes the entries that load as the coder scrolls', async () => {
    const { page, popup } = await popupFor(`${origin}/pages/lazy-list.html`);
    await watchFromPopup(popup);
    await page.waitForSelector('.entry'); // the first page of entries
    await page.locator('#timeline').evaluate((el) => (el.scrollTop = el.scrollHeight));
    expect(await waitForPushedText(popup, 'Marlex mesh')).toContain('Nursing note 8');
    await closeAll(popup, page);
  });

  it('virtualised list: reads the rows in view and pushes new ones as the coder scrolls', async () => {
    const { page, popup } = await popupFor(`${origin}/pages/virtual-list.html`);
    const first = await sendToPage<{ text: string }>(popup, 'getPageText');
    expect(first.text).toContain('superior sulcus (Pancoast)');
    expect(first.text).not.toContain('PROCEDURE PERFORMED');
    await watchFromPopup(popup);
    await page.locator('#viewport').evaluate((el) => (el.scrollTop = el.scrollHeight));
    expect(await waitForPushedText(popup, 'PROCEDURE PERFORMED')).toContain('Marlex mesh');
    await closeAll(popup, page);
  });

  it('does not push when the DOM changes but the text does not', async () => {
    const { page, popup } = await popupFor(`${origin}/ehr/pancoast-mesh`);
    await watchFromPopup(popup);
    await page.evaluate(() => {
      for (let i = 0; i < 5; i++) document.querySelector('header')!.setAttribute('data-tick', String(i));
    });
    await page.waitForTimeout(800);
    expect(await popup.evaluate(() => (globalThis as any).pageTexts.length)).toBe(0);
    await closeAll(popup, page);
  });
});

/** What readTab (utils/page/tabFrames.ts) does from the popup: inject into every frame it may, then ask each frame. */
async function readEveryFrame(popup: Page) {
  return popup.evaluate(async () => {
    const chrome = (globalThis as any).chrome;
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    const results = await chrome.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: ['/content-scripts/content.js'] });
    const frames: Array<{ frameId: number; text: string; covered: boolean; url: string }> = [];
    for (const { frameId } of results) {
      const reply = await chrome.tabs.sendMessage(tab.id, { id: 1, type: 'getFrameText', timestamp: Date.now() }, { frameId });
      frames.push({ frameId, ...reply.res });
    }
    return frames.sort((a, b) => a.frameId - b.frameId);
  });
}

describe('cross-origin frames', () => {
  it('are not read when the site was never granted', async () => {
    const { page, popup } = await popupFor(`${origin}/pages/cross-origin.html`);
    await page.frameLocator('iframe').locator('div').waitFor();
    const frames = await readEveryFrame(popup);
    expect(frames.map((f) => f.frameId)).toEqual([0]);
    expect(frames[0].text).toContain('Note viewer');
    expect(frames[0].text).not.toContain('Marlex');
    await closeAll(popup, page);
  });

  describe('when the coder has granted the frame\'s site', () => {
    let granted: ExtensionSession;
    beforeAll(async () => {
      granted = await launchWithGrantedSites(['http://localhost/*']);
    });
    afterAll(async () => {
      await granted?.close();
    });

    it('each frame reads itself once, and evidence is painted in the frame it came from', async () => {
      const page = await openTab(granted, `${origin}/pages/cross-origin.html`);
      await page.frameLocator('iframe').locator('div').waitFor();
      const popup = await openPopupWithShortcut(granted, page);
      await waitForResult(popup);
      const frames = await readEveryFrame(popup);
      expect(frames).toHaveLength(2);
      const [top, note] = frames;
      expect(top.text).not.toContain('Marlex');
      expect(note.covered).toBe(false);
      expect(note.url).toMatch(/^http:\/\/localhost:/);
      expect(note.text).toContain('chest wall reconstruction with Marlex mesh');

      const start = note.text.indexOf('Marlex mesh');
      const result = await sendToPage(popup, 'highlight', { ranges: [{ start, end: start + 11 }] }, note.frameId);
      expect(result).toEqual({ painted: 1, inFields: 0 });
      const noteFrame = page.frames().find((f) => f.url().startsWith('http://localhost'))!;
      expect(await noteFrame.evaluate(highlightedTexts, 'codecue-evidence')).toEqual(['Marlex mesh']);
      await closeAll(popup, page);
    });

    it('a same-origin frame inside a granted page says it is covered by its parent', async () => {
      const page = await openTab(granted, `${origin}/pages/nested-iframes.html`);
      const popup = await openPopupWithShortcut(granted, page);
      await waitForResult(popup);
      const frames = await readEveryFrame(popup);
      // 127.0.0.1 is not granted: only activeTab's frames (same origin as the tab) are injected, and only the top one reads.
      expect(frames.filter((f) => !f.covered).map((f) => f.frameId)).toEqual([0]);
      expect(frames[0].text).toContain('Marlex mesh');
      await closeAll(popup, page);
    });
  });
});
