import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopupWithShortcut, openTab, waitForResult } from './harness';
import { popupFor, useBrowserEnv } from './session';
import { highlightedTexts, rangeOf, sendToPage, serialiseAllFrames } from './protocol';

const env = useBrowserEnv();


async function closeAll(...pages: Page[]) {
  for (const p of pages) if (!p.isClosed()) await p.close();
}

const EVIDENCE = 'codecue-evidence';
const ACTIVE = 'codecue-evidence-active';

describe('evidence highlighted in the page', () => {
  it('paints evidence with the Highlight API and leaves the page DOM exactly as it was', async () => {
    const { page, popup } = await popupFor(env.session, `${env.origin}/ehr/pancoast-mesh`);
    const before = await serialiseAllFrames(page);
    const mesh = await rangeOf(popup, 'Marlex mesh');
    const pancoast = await rangeOf(popup, 'Pancoast');
    const result = await sendToPage(popup, 'highlight', { ranges: [pancoast, mesh], active: 1 });
    expect(result).toEqual({ painted: 2, inFields: 0 });
    expect(await page.evaluate(highlightedTexts, EVIDENCE)).toEqual(['Pancoast']);
    expect(await page.evaluate(highlightedTexts, ACTIVE)).toEqual(['Marlex mesh']);
    expect(await serialiseAllFrames(page)).toEqual(before);

    // The ::highlight rule really paints: the evidence's pixels change colour.
    const box = await page.evaluate(() => {
      const r = [...(CSS as any).highlights.get('codecue-evidence-active')][0].getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    const painted = await page.screenshot({ clip: box });
    await sendToPage(popup, 'clearHighlights');
    const plain = await page.screenshot({ clip: box });
    expect(painted.equals(plain)).toBe(false);
    expect(await page.evaluate(() => (CSS as any).highlights.size)).toBe(0);
    expect(await serialiseAllFrames(page)).toEqual(before);
    await closeAll(popup, page);
  });

  it.each([
    ['nested same-env.origin iframes', 'nested-iframes.html'],
    ['open shadow roots', 'shadow.html'],
  ])('paints in the right place for %s, DOM unchanged', async (_label, file) => {
    const { page, popup } = await popupFor(env.session, `${env.origin}/pages/${file}`);
    const before = await serialiseAllFrames(page);
    const result = await sendToPage(popup, 'highlight', { ranges: [await rangeOf(popup, 'Marlex mesh')], active: 0 });
    expect(result).toEqual({ painted: 1, inFields: 0 });
    const texts = await Promise.all(page.frames().map((f) => f.evaluate(highlightedTexts, ACTIVE)));
    expect(texts.flat()).toEqual(['Marlex mesh']);
    expect(await serialiseAllFrames(page)).toEqual(before);

    // Painted for real inside the frame or shadow root (the ::highlight rule reaches it).
    const frame = page.frames()[texts.findIndex((t) => t.length > 0)];
    const inner = await frame.evaluate(() => {
      const r = [...(CSS as any).highlights.get('codecue-evidence-active')][0].getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    let offset = { x: 0, y: 0 };
    if (frame.parentFrame()) {
      // Playwright gives a frame element's box relative to the main viewport, however deep the frame.
      const owner = await frame.frameElement();
      const box = (await owner.boundingBox())!;
      const border = await owner.evaluate((el) => (el as Element).clientLeft);
      offset = { x: box.x + border, y: box.y + border };
    }
    const clip = { x: offset.x + inner.x, y: offset.y + inner.y, width: inner.width, height: inner.height };
    const painted = await page.screenshot({ clip });
    await sendToPage(popup, 'clearHighlights');
    expect(painted.equals(await page.screenshot({ clip }))).toBe(false);
    await closeAll(popup, page);
  });

  it('scrolls a long note (page and its scrolling panel) to the evidence', async () => {
    const { page, popup } = await popupFor(env.session, `${env.origin}/pages/long-note.html`);
    expect(await page.evaluate(() => [window.scrollY, document.getElementById('panel')!.scrollTop])).toEqual([0, 0]);
    const scrolled = await sendToPage(popup, 'scrollToEvidence', await rangeOf(popup, 'Marlex mesh'));
    expect(scrolled).toBe(true);
    const where = await page.evaluate(() => {
      const mark = document.querySelector('#procedure b')!.getBoundingClientRect();
      const panel = document.getElementById('panel')!.getBoundingClientRect();
      return { markTop: mark.top, markBottom: mark.bottom, panelTop: panel.top, panelBottom: panel.bottom, vh: window.innerHeight };
    });
    expect(where.markTop).toBeGreaterThanOrEqual(where.panelTop);
    expect(where.markBottom).toBeLessThanOrEqual(where.panelBottom);
    expect(where.markTop).toBeGreaterThanOrEqual(0);
    expect(where.markBottom).toBeLessThanOrEqual(where.vh);
    await closeAll(popup, page);
  });

  it('selects evidence inside a text field, which the Highlight API cannot paint', async () => {
    const { page, popup } = await popupFor(env.session, `${env.origin}/pages/long-note.html`);
    const cryo = await rangeOf(popup, 'cryoprobe');
    expect(await sendToPage(popup, 'highlight', { ranges: [cryo] })).toEqual({ painted: 0, inFields: 1 });
    expect(await sendToPage(popup, 'scrollToEvidence', cryo)).toBe(true);
    const field = await page.evaluate(() => {
      const t = document.getElementById('addendum') as HTMLTextAreaElement;
      const r = t.getBoundingClientRect();
      return { selected: t.value.slice(t.selectionStart, t.selectionEnd), inView: r.top >= 0 && r.bottom <= window.innerHeight, scrolled: t.scrollTop > 0 };
    });
    expect(field).toEqual({ selected: 'cryoprobe', inView: true, scrolled: true });
    // CodeCue's own field selection is not taken for the coder's selection on the next read.
    expect((await sendToPage<{ selection: string }>(popup, 'getPageText')).selection).toBe('');
    await closeAll(popup, page);
  });

  it('clears the highlights when the popup closes', async () => {
    const { page, popup } = await popupFor(env.session, `${env.origin}/ehr/pancoast-mesh`);
    await popup.evaluate(async () => {
      // What the popup-side helpers do: a port per frame for as long as the popup is open.
      const chrome = (globalThis as any).chrome;
      const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
      (globalThis as any).port = chrome.tabs.connect(tab.id, { name: 'codecue-popup', frameId: 0 });
    });
    await sendToPage(popup, 'highlight', { ranges: [await rangeOf(popup, 'Marlex mesh')] });
    expect(await page.evaluate(highlightedTexts, EVIDENCE)).toEqual(['Marlex mesh']);
    await popup.close();
    await page.waitForFunction(() => (CSS as any).highlights.size === 0, undefined, { timeout: 5_000 });
    await closeAll(page);
  });

  it('places the coder\'s selection in the page text, so evidence found in it can be highlighted', async () => {
    const page = await openTab(env.session, `${env.origin}/pages/two-notes.html`);
    await page.evaluate(() => window.getSelection()!.selectAllChildren(document.getElementById('second')!));
    const popup = await openPopupWithShortcut(env.session, page);
    await waitForResult(popup);
    const read = await sendToPage<{ text: string; selection: string; selectionStart: number }>(popup, 'getPageText');
    expect(read.selection).toMatch(/^INTERVENTIONAL RADIOLOGY REPORT[\s\S]*with margin\.$/);
    expect(read.text.slice(read.selectionStart, read.selectionStart + read.selection.length)).toBe(read.selection);
    // An evidence offset into the selection, shifted by selectionStart (toPageRanges), lands on the same words.
    const inSelection = read.selection.indexOf('cryoablation');
    const start = read.selectionStart + inSelection;
    expect(await sendToPage(popup, 'highlight', { ranges: [{ start, end: start + 'cryoablation'.length }] })).toEqual({ painted: 1, inFields: 0 });
    expect(await page.evaluate(highlightedTexts, EVIDENCE)).toEqual(['cryoablation']);
    await closeAll(popup, page);
  });

  it('ignores malformed highlight requests', async () => {
    const { page, popup } = await popupFor(env.session, `${env.origin}/ehr/pancoast-mesh`);
    const result = await sendToPage(popup, 'highlight', { ranges: [{ start: 5, end: 2 }, { start: 'a', end: 3 }, null, { start: 1e9, end: 1e9 + 4 }] });
    expect(result).toEqual({ painted: 0, inFields: 0 });
    expect(await sendToPage(popup, 'scrollToEvidence', { start: -1, end: 4 })).toBe(false);
    await closeAll(popup, page);
  });
});
