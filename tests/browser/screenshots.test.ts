import { describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { openPopupWithShortcut, openTab, waitForResult } from './harness';
import { useBrowserEnv } from './session';

/** README's pictures: made by this test on every run so they show what the extension does now. */
const DIR = resolve('tests/screenshots');

const env = useBrowserEnv();

function expectPicture(path: string) {
  expect(statSync(path).size).toBeGreaterThan(5_000);
}

describe('README screenshots', () => {
  it.each([
    ['light', 'popup.png'],
    ['dark', 'popup-dark.png'],
  ])('the popup on a fixture note (%s)', async (scheme, file) => {
    const page = await openTab(env.session, `${env.origin}/ehr/pancoast-mesh`);
    const popup = await openPopupWithShortcut(env.session, page);
    await popup.emulateMedia({ colorScheme: scheme as 'light' | 'dark' });
    await waitForResult(popup);
    await popup.locator('.reasons summary').first().click();
    const path = resolve(DIR, file);
    await popup.screenshot({ path, fullPage: true });
    expectPicture(path);
    await popup.close();
    await page.close();
  });

  it('the note with its evidence highlighted', async () => {
    const page = await openTab(env.session, `${env.origin}/ehr/pancoast-mesh`);
    await page.setViewportSize({ width: 900, height: 560 });
    const popup = await openPopupWithShortcut(env.session, page);
    await waitForResult(popup);
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0, undefined, { timeout: 5_000 });
    await popup.locator('.evidence-link').nth(1).click();
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('codecue-evidence-active')?.size === 1);
    const path = resolve(DIR, 'highlighted-note.png');
    await page.screenshot({ path });
    expectPicture(path);
    await popup.close();
    await page.close();
  });

  it('the options page', async () => {
    const options = await env.session.context.newPage();
    await options.setViewportSize({ width: 900, height: 640 });
    await options.goto(`chrome-extension://${env.session.extensionId}/options.html`);
    await options.fill('#options-search', 'pancost');
    await options.locator('.codes li[data-code="32503"]').waitFor();
    const path = resolve(DIR, 'options.png');
    await options.screenshot({ path });
    expectPicture(path);
    await options.close();
  });
});
