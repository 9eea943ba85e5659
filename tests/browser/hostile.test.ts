import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopupWithShortcut, openTab, waitForResult } from './harness';
import { useBrowserEnv } from './session';

const env = useBrowserEnv();

/** The page still answers promptly: its main thread is not stuck. */
async function expectResponsive(page: Page) {
  const answered = await Promise.race([
    page.evaluate(() => new Promise<boolean>((resolve) => requestAnimationFrame(() => resolve(true)))),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000)),
  ]);
  expect(answered, 'page answered within 5 s').toBe(true);
}

async function topCodes(popup: Page): Promise<string[]> {
  return popup.locator('.suggestions .suggestion').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-code') ?? ''));
}

describe('hostile and huge pages', () => {
  it('markup and script typed into the note are shown as text and never run', async () => {
    const page = await openTab(env.session, `${env.origin}/gen/hostile-markup`);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const popup = await openPopupWithShortcut(env.session, page);
    popup.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await waitForResult(popup);
    expect(await topCodes(popup)).toContain('32504');
    const snippets = (await popup.locator('.evidence').allInnerTexts()).join('\n');
    expect(snippets).toContain('<img src="x"');
    expect(await popup.locator('.suggestions img, .suggestions script').count()).toBe(0);
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('a 10 MB note is cut at the documented cap, the popup says so, and the page stays responsive', async () => {
    const page = await openTab(env.session, `${env.origin}/gen/huge-note?mb=10`);
    const popup = await openPopupWithShortcut(env.session, page);
    await waitForResult(popup);
    expect(await topCodes(popup)).toContain('32504');
    await expect(popup.locator('.source').innerText()).resolves.toMatch(/only its first part was read/);
    await expectResponsive(page);
    await popup.close();
    await page.close();
  });

  it.each([
    ['one 2 MB line', '/gen/long-line?mb=2'],
    ['100,000 elements', '/gen/many-elements?n=100000'],
    ['frames nested 20 deep', '/gen/nested-frames?depth=20'],
  ])('%s: read, coded, and the page stays responsive', async (_label, path) => {
    const page = await openTab(env.session, `${env.origin}${path}`);
    const popup = await openPopupWithShortcut(env.session, page);
    await waitForResult(popup);
    expect(await topCodes(popup)).toContain('32504');
    await expect(popup.locator('.source').innerText()).resolves.not.toMatch(/first part/);
    await expectResponsive(page);
    await popup.close();
    await page.close();
  });
});
