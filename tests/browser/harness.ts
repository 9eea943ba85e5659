import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { generatedPage } from './generatedPages';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
const FIXTURES = resolve('tests/fixtures');

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
  return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Serves fixture EHR pages on 127.0.0.1:
 * - /pages/NAME.html: a hand-written page under tests/fixtures/pages
 * - /ehr/NOTE: the plain-text note tests/fixtures/notes/NOTE.txt inside an
 *   EHR-like page (header, patient banner, sidebar, the note in a panel)
 * - /gen/NAME?params: a generated hostile or huge page (generatedPages.ts)
 * - /vendor/PACKAGE/PATH: a file of an npm package the fixtures load (rich-text editors)
 */
export async function startFixtureServer(): Promise<{ server: Server; origin: string }> {
  const template = await readFile(join(FIXTURES, 'pages/ehr-template.html'), 'utf8');
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    try {
      if (url.pathname.startsWith('/ehr/')) {
        const name = url.pathname.slice('/ehr/'.length).replace(/[^a-z0-9-]/gi, '');
        const note = await readFile(join(FIXTURES, 'notes', `${name}.txt`), 'utf8');
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(template.replace('{{NOTE}}', escapeHtml(note)).replace('{{TITLE}}', escapeHtml(name)));
        return;
      }
      if (url.pathname.startsWith('/pages/')) {
        const name = url.pathname.slice('/pages/'.length).replace(/[^a-z0-9.-]/gi, '');
        const body = await readFile(join(FIXTURES, 'pages', name), 'utf8');
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(body);
        return;
      }
      if (url.pathname.startsWith('/vendor/')) {
        const file = vendorFile(url.pathname.slice('/vendor/'.length));
        if (file) {
          res.writeHead(200, { 'content-type': file.type });
          res.end(await readFile(file.path));
          return;
        }
      }
      if (url.pathname.startsWith('/gen/')) {
        const body = generatedPage(url.pathname.slice('/gen/'.length), url.searchParams);
        if (body !== null) {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(body);
          return;
        }
      }
      res.writeHead(404).end('not found');
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** Packages fixture pages may load from node_modules, so editors run as they do in a real EHR. */
const VENDOR_PACKAGES = new Set(['quill', 'tinymce']);
const CONTENT_TYPES: Record<string, string> = { js: 'text/javascript', css: 'text/css', json: 'application/json', svg: 'image/svg+xml', woff: 'font/woff', woff2: 'font/woff2' };

function vendorFile(rest: string): { path: string; type: string } | null {
  const [pkg, ...parts] = rest.split('/');
  if (!VENDOR_PACKAGES.has(pkg) || parts.some((p) => p === '..' || p === '' || !/^[\w.-]+$/.test(p))) return null;
  const type = CONTENT_TYPES[(parts.at(-1) ?? '').split('.').pop() ?? ''];
  return type ? { path: join(resolve('node_modules'), pkg, ...parts), type } : null;
}

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(): Promise<ExtensionSession> {
  const context = await chromium.launchPersistentContext('', launchOptions());
  return sessionOf(context, () => context.close());
}

/** Chromium with the built extension and no network chatter; checks the build is there. */
function launchOptions() {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first`);
  }
  // Lets the real popup appear as a Playwright page (pinned playwright-core).
  process.env.PW_CHROMIUM_ATTACH_TO_OTHER = '1';
  return {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}

async function sessionOf(context: BrowserContext, close: () => Promise<void>): Promise<ExtensionSession> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, close };
}

/** Opens a page in a new tab and waits for it to load. */
export async function openTab(session: ExtensionSession, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/**
 * Opens the real popup for `page` the way a coder does: the extension's
 * keyboard command (Alt+Shift+K), which grants activeTab. Playwright's
 * keyboard API does not reach browser shortcuts, so the key goes in as a
 * raw CDP event.
 */
export async function openPopupWithShortcut(session: ExtensionSession, page: Page): Promise<Page> {
  const isPopup = (p: Page) => p.url().startsWith(`chrome-extension://${session.extensionId}/popup.html`);
  const key = { modifiers: 1 | 8, key: 'K', code: 'KeyK', windowsVirtualKeyCode: 75, nativeVirtualKeyCode: 75 };
  // A shortcut pressed while the window is still settling (just after a heavy
  // page or a closed popup) can be dropped by the browser: press it again.
  for (let attempt = 1; ; attempt++) {
    await page.bringToFront();
    const popupPromise = session.context.waitForEvent('page', { predicate: isPopup, timeout: 5_000 });
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
    await cdp.detach();
    try {
      const popup = await popupPromise;
      await popup.waitForLoadState('domcontentloaded');
      return popup;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/** Waits until the popup has finished reading (any final state). */
export async function waitForResult(popup: Page): Promise<void> {
  await popup.waitForSelector('.suggestions, .state.nothing, .state.unreadable, .state.error', { timeout: 15_000 });
}

/**
 * Like launchWithExtension, with sites already granted to the extension as
 * if the coder had accepted the browser's permission prompt for them
 * (`chrome.permissions.request`), which headless Chromium cannot show. The
 * first launch installs the extension into a fresh profile; the grant is
 * then written where Chromium keeps it (the profile's Preferences: granted
 * and active host permissions) and the browser is started again on it.
 * `patterns` are match patterns, e.g. 'http://localhost/*'.
 */
export async function launchWithGrantedSites(patterns: string[]): Promise<ExtensionSession> {
  const { mkdtemp, rm, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const options = launchOptions();
  const profile = await mkdtemp(join(tmpdir(), 'codecue-granted-'));
  const first = await chromium.launchPersistentContext(profile, options);
  const firstWorker = first.serviceWorkers()[0] ?? (await first.waitForEvent('serviceworker'));
  const id = new URL(firstWorker.url()).host;
  await first.close();

  const prefsPath = join(profile, 'Default', 'Preferences');
  const prefs = JSON.parse(await readFile(prefsPath, 'utf8'));
  const settings = prefs.extensions?.settings?.[id];
  if (!settings) throw new Error('The extension is not in the fresh profile');
  for (const key of ['granted_permissions', 'active_permissions']) {
    settings[key] = { ...settings[key], explicit_host: patterns, scriptable_host: patterns };
  }
  await writeFile(prefsPath, JSON.stringify(prefs));

  const context = await chromium.launchPersistentContext(profile, options);
  return sessionOf(context, async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  });
}
