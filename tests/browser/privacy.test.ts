import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Request } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, openPopupWithShortcut, openTab, startFixtureServer, waitForResult, type ExtensionSession } from './harness';

const MARKER = 'ZZMARKER-PATIENT-7f3c9e';

let session: ExtensionSession;
let server: Server;
let origin: string;
const requests: { url: string; from: string; navigation: boolean }[] = [];

function describeRequest(request: Request): { url: string; from: string; navigation: boolean } {
  const worker = request.serviceWorker();
  let from = 'page';
  if (worker) from = `service worker ${worker.url()}`;
  else {
    try {
      from = `frame ${request.frame().url()}`;
    } catch {
      from = 'unknown';
    }
  }
  return { url: request.url(), from, navigation: request.isNavigationRequest() };
}

beforeAll(async () => {
  ({ server, origin } = await startFixtureServer());
  session = await launchWithExtension();
  session.context.on('request', (r) => requests.push(describeRequest(r)));
});

afterAll(async () => {
  await session?.close();
  server?.close();
});

describe('privacy: nothing leaves, nothing stays', () => {
  it('a full session (scan, highlight, copy, search, import, export) makes no request and logs no note text', async () => {
    const logs: string[] = [];
    const collect = (where: string) => (msg: { text(): string }) => logs.push(`${where}: ${msg.text()}`);
    session.worker.on('console', collect('service worker'));
    session.context.on('page', (p) => p.on('console', collect(p.url())));

    // Scan, highlight (automatic and on click), copy one and all, search in the popup.
    const page = await openTab(session, `${origin}/pages/privacy-marker.html`);
    page.on('console', collect('note page'));
    const popup = await openPopupWithShortcut(session, page);
    await waitForResult(popup);
    await popup.locator('.suggestions .suggestion button.copy').first().click();
    await popup.locator('button.copy-all').click();
    await popup.waitForSelector('.copy-status:has-text("Copied")');
    await popup.locator('.evidence-link').first().click();
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0);
    await popup.fill('#code-search', 'cryo');
    await popup.locator('.lookup-result[data-code="32994"]').waitFor({ timeout: 5_000 });
    await popup.close();

    // Import and export in the options page.
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByRole('tab', { name: 'Import and export' }).click();
    await options.setInputFiles('#import-file', { name: 'changes.json', mimeType: 'application/json', buffer: readFileSync('tests/fixtures/import/changes.json') });
    await options.getByRole('button', { name: 'Apply import' }).click();
    await options.waitForSelector('.import-status:has-text("Imported")');
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export my changes' }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toContain('codecue-changes');
    await options.close();
    await page.close();

    const outside = requests.filter((r) => {
      const url = new URL(r.url);
      if (url.protocol === 'chrome-extension:' && url.host === session.extensionId) return false;
      // Exported files are handed to the browser as blob: URLs, which never leave it.
      if (url.protocol === 'blob:') return false;
      // The test opening the fixture page, and the page's own resources: not ours.
      if (url.origin === origin && (r.navigation || r.from.startsWith(`frame ${origin}`))) return false;
      return true;
    });
    expect(outside).toEqual([]);
    // The test must have seen the page load, or it proves nothing.
    expect(requests.some((r) => r.url.includes('privacy-marker.html'))).toBe(true);
    expect(logs.filter((l) => l.includes(MARKER) || l.includes('Pancoast'))).toEqual([]);
  });

  it('note text is in no extension storage after a scan (IndexedDB, storage.local, session, sync)', async () => {
    const page = await openTab(session, `${origin}/pages/privacy-marker.html`);
    const popup = await openPopupWithShortcut(session, page);
    await waitForResult(popup);
    // The marker did reach the popup, so finding it nowhere below means something.
    expect(await popup.locator('body').innerText()).toContain('Pancoast');
    await popup.close();
    const dump = await session.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: Record<'local' | 'session' | 'sync', { get(k: null): Promise<unknown> }> } }).chrome;
      const out: string[] = [];
      for (const area of ['local', 'session', 'sync'] as const) out.push(JSON.stringify(await api.storage[area].get(null)));
      for (const info of await indexedDB.databases()) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open(info.name!);
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        for (const store of Array.from(db.objectStoreNames)) {
          const rows = await new Promise<unknown[]>((resolve, reject) => {
            const req = db.transaction(store).objectStore(store).getAll();
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          });
          out.push(`${info.name}/${store}: ${JSON.stringify(rows)}`);
        }
        db.close();
      }
      return out.join('\n');
    });
    expect(dump.length).toBeGreaterThan(100); // the code store was read
    expect(dump).not.toContain(MARKER);
    expect(dump).not.toContain('Marlex mesh (');
    await page.close();
  });

  it('the manifest keeps the default content security policy and loads nothing remote', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    const csp = manifest.content_security_policy?.extension_pages ?? "script-src 'self'; object-src 'self';";
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });
});
