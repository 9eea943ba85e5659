import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Server } from 'node:http';
import { launchWithExtension, openPopupWithShortcut, openTab, startFixtureServer, waitForResult, type ExtensionSession } from './harness';

/** README's pictures: made by this test on every run so they show what the extension does now. */
const DIR = resolve('tests/screenshots');

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

function expectPicture(path: string) {
  expect(statSync(path).size).toBeGreaterThan(5_000);
}

describe('README screenshots', () => {
  it.each([
    ['light', 'popup.png'],
    ['dark', 'popup-dark.png'],
  ])('the popup on a fixture note (%s)', async (scheme, file) => {
    const page = await openTab(session, `${origin}/ehr/pancoast-mesh`);
    const popup = await openPopupWithShortcut(session, page);
    await popup.emulateMedia({ colorScheme: scheme as 'light' | 'dark' });
    await waitForResult(popup);
    await popup.locator('.reasons summary').first().click();
    const path = resolve(DIR, file);
    await popup.screenshot({ path, fullPage: true });
    expectPicture(path);
    await popup.close();
    await page.close();
  });
});
