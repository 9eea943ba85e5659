import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { launchWithGrantedSites, openTab, startFixtureServer, type ExtensionSession } from './harness';

let session: ExtensionSession;
let server: Server;
let origin: string;
let granted: string; // the same server, reached as "localhost": the site the coder granted
/** Requests made by the extension's own contexts (service worker, extension pages). */
const extensionRequests: string[] = [];

beforeAll(async () => {
  ({ server, origin } = await startFixtureServer());
  granted = origin.replace('127.0.0.1', 'localhost');
  session = await launchWithGrantedSites(['http://localhost/*']);
  session.context.on('request', (request) => {
    let from = '';
    try {
      from = request.serviceWorker()?.url() ?? request.frame().url();
    } catch {
      from = '';
    }
    if (from.startsWith('chrome-extension://') && !request.url().startsWith(`chrome-extension://${session.extensionId}/`)) {
      extensionRequests.push(request.url());
    }
  });
});

afterAll(async () => {
  await session?.close();
  server?.close();
});

/** The toolbar badge of the tab showing `page`, read from the service worker (without the tabs permission, by making it the active tab). */
async function badgeOf(page: Page): Promise<string> {
  await page.bringToFront();
  return session.worker.evaluate(async () => {
    const chrome = (globalThis as any).chrome;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id == null ? '<no tab>' : chrome.action.getBadgeText({ tabId: tab.id });
  });
}

async function waitForBadge(page: Page, test: (text: string) => boolean, timeout = 8_000): Promise<string> {
  const until = Date.now() + timeout;
  let text = await badgeOf(page);
  while (!test(text) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    text = await badgeOf(page);
  }
  return text;
}

describe('automatic scanning on a granted site', () => {
  it('registers the content script for exactly the granted sites', async () => {
    const scripts: Array<{ id: string; matches: string[] }> = await session.worker.evaluate(async () => {
      const chrome = (globalThis as any).chrome;
      for (let i = 0; i < 50; i++) {
        const found = await chrome.scripting.getRegisteredContentScripts();
        if (found.length) return found;
        await new Promise((r) => setTimeout(r, 100));
      }
      return [];
    });
    expect(scripts.map((s) => [s.id, s.matches])).toEqual([['codecue-autoscan', ['http://localhost/*']]]);
  });

  it('shows the number of likely codes on the badge without opening the popup', async () => {
    const page = await openTab(session, `${granted}/ehr/pancoast-mesh`);
    expect(await waitForBadge(page, (t) => /^[1-9]\d*$/.test(t))).toMatch(/^[1-9]\d*$/);
    const none = await openTab(session, `${granted}/ehr/no-thoracic`);
    expect(await waitForBadge(none, (t) => t === '0')).toBe('0');
    await page.close();
    await none.close();
  });

  it('updates the badge when the note arrives after load', async () => {
    const page = await openTab(session, `${granted}/pages/late-note.html`);
    expect(await waitForBadge(page, (t) => t === '0')).toBe('0');
    await page.evaluate(() => (window as any).deliverNote());
    expect(await waitForBadge(page, (t) => /^[1-9]\d*$/.test(t))).toMatch(/^[1-9]\d*$/);
    await page.close();
  });

  it('leaves sites that were not granted alone', async () => {
    const page = await openTab(session, `${origin}/ehr/pancoast-mesh`);
    await page.waitForTimeout(1_000);
    expect(await badgeOf(page)).toBe('');
    await page.close();
  });

  it('scanning in the background sends nothing anywhere', () => {
    expect(extensionRequests).toEqual([]);
  });

  it('revoking the site stops it: unregistered, badge cleared, new pages not scanned', async () => {
    const open = await openTab(session, `${granted}/ehr/pancoast-mesh`);
    expect(await waitForBadge(open, (t) => /^[1-9]\d*$/.test(t))).toMatch(/^[1-9]\d*$/);
    expect(await session.worker.evaluate(() => (globalThis as any).chrome.permissions.remove({ origins: ['http://localhost/*'] }))).toBe(true);
    expect(await waitForBadge(open, (t) => t === '')).toBe('');
    expect(await session.worker.evaluate(() => (globalThis as any).chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    const later = await openTab(session, `${granted}/ehr/pancoast-mesh`);
    await later.waitForTimeout(1_000);
    expect(await badgeOf(later)).toBe('');
    // The already-open page no longer rescans either.
    await open.evaluate(() => document.body.append('Chest wall reconstruction with mesh.'));
    await open.waitForTimeout(1_000);
    expect(await badgeOf(open)).toBe('');
    await open.close();
    await later.close();
  });
});
