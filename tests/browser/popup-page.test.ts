import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { popupFor, useBrowserEnv } from './session';

/** The popup as a coder uses it, against the page: highlights, evidence clicks, live notes. */
const env = useBrowserEnv();


const highlightCount = (page: Page, name: string) =>
  page.evaluate((n) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n);
    return h ? h.size : 0;
  }, name);

describe('the popup and the page', () => {
  it('lights the evidence as soon as the codes show, and a click on evidence scrolls the note to it', async () => {
    const { page, popup } = await popupFor(env.session, `${env.origin}/pages/long-note.html`);
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0, undefined, { timeout: 5_000 });
    expect(await highlightCount(page, 'codecue-evidence')).toBeGreaterThan(0);
    const before = await page.evaluate(() => document.scrollingElement!.scrollTop + [...document.querySelectorAll('*')].reduce((s, el) => s + el.scrollTop, 0));
    await popup.locator('.evidence-link').last().click();
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('codecue-evidence-active')?.size === 1, undefined, { timeout: 5_000 });
    const after = await page.evaluate(() => document.scrollingElement!.scrollTop + [...document.querySelectorAll('*')].reduce((s, el) => s + el.scrollTop, 0));
    expect(after).not.toBe(before);
    const inView = await page.evaluate(() => {
      const range = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('codecue-evidence-active')!][0];
      const r = range.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await popup.close();
    await page.close();
  });

  it('"Clear highlights" clears them on demand', async () => {
    const { page, popup } = await popupFor(env.session, `${env.origin}/ehr/pancoast-mesh`);
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0, undefined, { timeout: 5_000 });
    await popup.getByRole('button', { name: 'Clear highlights' }).click();
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size === 0, undefined, { timeout: 5_000 });
    await popup.close();
    await page.close();
  });

  it('updates the open popup when the note arrives after load', async () => {
    const { page, popup } = await popupFor(env.session, `${env.origin}/pages/late-note.html`);
    await expect(popup.locator('.state.nothing').innerText()).resolves.toMatch(/No thoracic procedure/);
    await page.evaluate(() => (window as unknown as { deliverNote: () => void }).deliverNote());
    await popup.waitForSelector('.suggestion[data-code="32994"]', { timeout: 10_000 });
    expect(await popup.locator('.state.nothing').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('offers to scan the site automatically', async () => {
    const { page, popup } = await popupFor(env.session, `${env.origin}/ehr/pancoast-mesh`);
    await expect(popup.locator('label.autoscan').innerText()).resolves.toMatch(/Scan 127\.0\.0\.1.* automatically/);
    expect(await popup.locator('label.autoscan input').isChecked()).toBe(false);
    await popup.close();
    await page.close();
  });
});
