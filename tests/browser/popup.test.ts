import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopupWithShortcut, openTab, waitForResult } from './harness';
import { popupFor, useBrowserEnv } from './session';

const env = useBrowserEnv();


async function closeAll(...pages: Page[]) {
  for (const p of pages) if (!p.isClosed()) await p.close();
}

describe('popup on fixture EHR notes', () => {
  it.each([
    // note, expected top code, exact copy text or prefix, evidence that must be shown
    ['pancoast-no-recon', '32503', /^32503(-|$)/, /pancoast|superior sulcus/i],
    ['pancoast-mesh', '32504', /^32504(-[0-9A-Z]{2})*-RT(-|$)/, /reconstruct|mesh|marlex|prolene/i],
    ['pancoast-recon-negated', '32503', /^32503(-|$)/, /pancoast|superior sulcus/i],
    ['cryoablation-ir', '32994', /^32994(-|$)/, /cryo/i],
    ['takeback-bleeding', '32120', /^32120(-|$)/, /return|take-?back|re-?exploration|bleeding/i],
    ['artificial-pneumothorax', '32960', /^32960(-|$)/, /pneumothorax/i],
  ])('%s: suggests %s with evidence, and Copy puts it on the clipboard', async (note, code, copyText, evidence) => {
    const { page, popup } = await popupFor(env.session, `${env.origin}/ehr/${note}`);
    const top = popup.locator('.suggestions .suggestion').first();
    expect(await top.getAttribute('data-code')).toBe(code);
    expect(await top.locator('.summary').innerText()).not.toMatch(/No summary/);
    const marks = await top.locator('.evidence mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.join(' ')).toMatch(evidence);

    await top.locator('button.copy').click();
    await popup.waitForSelector('.copy-status:has-text("Copied")');
    const clipboard = await popup.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toMatch(copyText);
    expect(await popup.locator('.copy-status').innerText()).toBe(`Copied ${clipboard}`);
    await closeAll(popup, page);
  });

  it('says nothing was found on a note with no thoracic procedure', async () => {
    const { page, popup } = await popupFor(env.session, `${env.origin}/ehr/no-thoracic`);
    await expect(popup.locator('.state.nothing').innerText()).resolves.toMatch(/No thoracic procedure/);
    expect(await popup.locator('#likely-heading').count()).toBe(0);
    await closeAll(popup, page);
  });

  it('Copy all copies every likely code, comma separated', async () => {
    const { page, popup } = await popupFor(env.session, `${env.origin}/ehr/pancoast-mesh`);
    const shown = await popup.locator('section[aria-labelledby="likely-heading"] .suggestion').evaluateAll((cards) =>
      cards.map((c) => [c.querySelector('.code')!.textContent, ...[...c.querySelectorAll('.modifier')].map((m) => m.textContent)].join('-')),
    );
    await popup.locator('button.copy-all').click();
    await popup.waitForSelector('.copy-status:has-text("Copied")');
    const clipboard = await popup.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(shown.join(', '));
    expect(clipboard).toMatch(/^32504(-[0-9A-Z]{2})*-RT(-|, |$)/);
    await closeAll(popup, page);
  });

  it('explains instead of failing on a page the browser keeps from extensions', async () => {
    const page = await env.session.context.newPage();
    await page.goto('chrome://version');
    const popup = await openPopupWithShortcut(env.session, page);
    await waitForResult(popup);
    await expect(popup.locator('.state.unreadable').innerText()).resolves.toMatch(/browser’s own pages/);
    await closeAll(popup, page);
  });
});

describe('content script reads the note wherever the EHR puts it', () => {
  it.each([
    ['same-env.origin iframe', 'iframe.html'],
    ['nested same-env.origin iframes', 'nested-iframes.html'],
    ['open shadow root', 'shadow.html'],
    ['textarea', 'textarea.html'],
  ])('%s', async (_label, file) => {
    const { page, popup } = await popupFor(env.session, `${env.origin}/pages/${file}`);
    const top = popup.locator('.suggestions .suggestion').first();
    expect(await top.getAttribute('data-code')).toBe('32504');
    await closeAll(popup, page);
  });

  it('leaves hidden text out', async () => {
    const { page, popup } = await popupFor(env.session, `${env.origin}/pages/hidden.html`);
    expect(await popup.locator('.suggestion[data-code="32504"]').count()).toBe(0);
    expect(await popup.locator('.suggestions .suggestion').first().getAttribute('data-code')).toBe('32503');
    await closeAll(popup, page);
  });

  it('codes only the selection when the coder has selected text, and says so', async () => {
    const page = await openTab(env.session, `${env.origin}/pages/two-notes.html`);
    await page.evaluate(() => {
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.selectAllChildren(document.getElementById('second')!);
    });
    const popup = await openPopupWithShortcut(env.session, page);
    await waitForResult(popup);
    await expect(popup.locator('.source').innerText()).resolves.toMatch(/selection only/);
    const codes = await popup.locator('section[aria-labelledby="likely-heading"] .suggestion').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-code')));
    expect(codes).toContain('32994');
    expect(codes).not.toContain('32504');
    await closeAll(popup, page);
  });
});
