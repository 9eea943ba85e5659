import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchWithExtension, openPopupWithShortcut, openTab, startFixtureServer, waitForResult, type ExtensionSession } from './harness';
import { defaultRuleset } from '@/data';

let server: Server;
let origin: string;

beforeAll(async () => {
  ({ server, origin } = await startFixtureServer());
});
afterAll(() => {
  server?.close();
});

const fixture = (name: string) => readFileSync(`tests/fixtures/import/${name}`);

async function openOptions(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.waitForSelector('nav[role="tablist"]');
  return page;
}

async function popupCodes(session: ExtensionSession, note: string): Promise<{ page: Page; popup: Page; codes: (string | null)[] }> {
  const page = await openTab(session, `${origin}/ehr/${note}`);
  const popup = await openPopupWithShortcut(session, page);
  await waitForResult(popup);
  const codes = await popup.locator('.suggestions .suggestion').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-code')));
  return { page, popup, codes };
}

async function closeAll(...pages: Page[]) {
  for (const p of pages) if (!p.isClosed()) await p.close();
}

/** What an older release left behind: another data version and an old summary for 32503. */
function makeStale(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('codecue');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['meta', 'codes'], 'readwrite');
          tx.objectStore('meta').put({ key: 'dataVersion', value: 0 });
          const codes = tx.objectStore('codes');
          const get = codes.get('32503');
          get.onsuccess = () => codes.put({ ...get.result, summary: 'STALE SUMMARY FROM AN OLD RELEASE' });
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

function readStore(page: Page): Promise<{ version: unknown; summary: string; phrases: number; changes: number }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('codecue');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['meta', 'codes', 'changes']);
          const v = tx.objectStore('meta').get('dataVersion');
          const c = tx.objectStore('codes').get('32503');
          const p = tx.objectStore('changes').index('kind').count('phrase');
          const n = tx.objectStore('changes').count();
          tx.oncomplete = () => {
            db.close();
            resolve({ version: v.result?.value, summary: c.result?.summary, phrases: p.result, changes: n.result });
          };
        };
      }),
  );
}

describe('options page and popup, in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(async () => session?.close());

  it('declares the options page and the managed-storage schema in the manifest', async () => {
    const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8'));
    expect(manifest.options_ui.page).toBe('options.html');
    expect(manifest.storage.managed_schema).toBe('managed-schema.json');
    const schema = JSON.parse(readFileSync('.output/chrome-mv3/managed-schema.json', 'utf8'));
    expect(Object.keys(schema.properties)).toEqual(['rulePacks', 'settings']);
  });

  it('searches the code set, typo-tolerant', async () => {
    const options = await openOptions(session);
    await options.fill('#options-search', 'pancost');
    const codes = await options.locator('.codes li').evaluateAll((lis) => lis.slice(0, 2).map((li) => li.getAttribute('data-code')));
    expect(codes.sort()).toEqual(['32503', '32504']);
    await options.fill('#options-search', 'cryo');
    expect(await options.locator('.codes li').first().getAttribute('data-code')).toBe('32994');
    await closeAll(options);
  });

  it('a phrase added in the options page makes the popup suggest that code', async () => {
    const before = await popupCodes(session, 'no-thoracic');
    expect(before.codes).not.toContain('32999');
    await closeAll(before.popup, before.page);

    const options = await openOptions(session);
    await options.fill('#options-search', '32999');
    await options.locator('.codes li[data-code="32999"] button').click();
    await options.fill('#new-phrase', 'partial medial meniscectomy');
    await options.getByRole('button', { name: 'Add phrase' }).click();
    await options.waitForSelector('.user-phrases li[data-phrase="partial medial meniscectomy"]');
    await closeAll(options);

    const after = await popupCodes(session, 'no-thoracic');
    expect(after.codes).toContain('32999');
    const card = after.popup.locator('.suggestion[data-code="32999"]');
    expect((await card.locator('.evidence mark').allInnerTexts()).join(' ')).toMatch(/partial medial meniscectomy/i);
    await closeAll(after.popup, after.page);
  });

  it('an update to a new data version refreshes the built-in data and the custom phrase survives', async () => {
    const options = await openOptions(session);
    await makeStale(options);
    expect((await readStore(options)).summary).toBe('STALE SUMMARY FROM AN OLD RELEASE');
    await closeAll(options);

    // The popup (like the background on an update) finds the old data version and refreshes the built-in part.
    const run = await popupCodes(session, 'no-thoracic');
    expect(run.codes).toContain('32999');
    await closeAll(run.popup, run.page);
    const check = await openOptions(session);
    const state = await readStore(check);
    expect(state.version).toBe(defaultRuleset.dataVersion);
    expect(state.summary).toBe(defaultRuleset.codes.find((c) => c.code === '32503')!.summary);
    expect(state.phrases).toBe(1);
    await closeAll(check);
  });

  it('a licensed descriptor file imported in the options page shows in the popup, marked licensed', async () => {
    const options = await openOptions(session);
    await options.getByRole('tab', { name: 'Licensed descriptors' }).click();
    await options.setInputFiles('#descriptor-file', { name: 'descriptors.txt', mimeType: 'text/plain', buffer: fixture('descriptors-cp1252-crlf.txt') });
    await expect(options.locator('.import-preview').innerText()).resolves.toMatch(/2 descriptors read \(windows-1252, header line skipped\): 2 new/);
    await options.getByRole('button', { name: 'Import descriptors' }).click();
    await options.waitForSelector('.import-status:has-text("Imported 2 licensed descriptors")');
    await closeAll(options);

    const { page, popup } = await popupCodes(session, 'pancoast-no-recon');
    const summary = popup.locator('.suggestion[data-code="32503"] .summary');
    await expect(summary.innerText()).resolves.toMatch(/^ORGANISATION DESCRIPTOR FOR 32503 — résumé \(licensed\)$/);
    await closeAll(popup, page);
  });

  it('imports a change file after showing what it adds, and the popup follows its codes and settings', async () => {
    const options = await openOptions(session);
    await options.getByRole('tab', { name: 'Import and export' }).click();
    await options.setInputFiles('#import-file', { name: 'changes.json', mimeType: 'application/json', buffer: fixture('changes.json') });
    const preview = options.locator('.import-preview');
    await expect(preview.locator('section[aria-label="Will add"]').innerText()).resolves.toMatch(/custom code 29881[\s\S]*phrase "knee arthroscopy" for 29881/);
    await expect(preview.locator('section[aria-label="Will change"]').innerText()).resolves.toMatch(/setting copyFormat: "comma" → "lines"/);
    await options.getByRole('button', { name: 'Apply import' }).click();
    await options.waitForSelector('.import-status:has-text("Imported: 2 added, 1 changed")');
    await closeAll(options);

    const { page, popup, codes } = await popupCodes(session, 'no-thoracic');
    expect(codes).toContain('29881');
    await popup.locator('button.copy-all').click();
    await popup.waitForSelector('.copy-status:has-text("Copied")');
    const clipboard = await popup.evaluate(() => navigator.clipboard.readText());
    expect(clipboard.split('\n').map((l) => l.split('-')[0]).sort()).toEqual(['29881', '32999']);
    await closeAll(popup, page);
  });

  it('refuses a hostile file with errors naming the entry, and changes nothing', async () => {
    const options = await openOptions(session);
    const count = async () => (await readStore(options)).changes;
    const before = await count();
    await options.getByRole('tab', { name: 'Import and export' }).click();
    await options.setInputFiles('#import-file', { name: 'bad.json', mimeType: 'application/json', buffer: fixture('bad-changes.json') });
    const alert = options.locator('.import-errors');
    await expect(alert.innerText()).resolves.toMatch(/nothing changed[\s\S]*codes\[1\] \(0999T\): summary must be text, not number/);
    expect(await options.locator('.import-preview').count()).toBe(0);
    expect(await count()).toBe(before);
    await closeAll(options);
  });

  it('exports the changes as one JSON file, without licensed text unless asked', async () => {
    const options = await openOptions(session);
    await options.getByRole('tab', { name: 'Import and export' }).click();
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export my changes' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const data = JSON.parse(text);
    expect(data.format).toBe('codecue-changes');
    expect(data.codes.map((c: { code: string }) => c.code)).toEqual(['29881']);
    expect(text).not.toMatch(/ORGANISATION DESCRIPTOR/);
    await closeAll(options);
  });

  it('the popup lookup finds and copies a code the engine did not suggest', async () => {
    const { page, popup } = await popupCodes(session, 'pancoast-no-recon');
    await popup.fill('#code-search', 'cryo');
    await popup.locator('.lookup-result[data-code="32994"] button').click();
    await popup.waitForSelector('.copy-status:has-text("Copied 32994")');
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe('32994');
    await closeAll(popup, page);
  });
});

describe('managed rule packs', () => {
  // Real policy needs files under /etc/chromium/policies (root, and every Chromium on the machine
  // would see them), so the test stands in for the policy layer: chrome.storage.managed.get returns
  // what an administrator's policy would. Parsing and merging are covered in unit tests.
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
    const stubManaged = () => {
      const c = (globalThis as unknown as { chrome?: { storage?: { managed?: { get: unknown } } } }).chrome;
      if (!c?.storage?.managed) return;
      c.storage.managed.get = () =>
        Promise.resolve({
          rulePacks: [{ id: 'org', name: 'Org knee pack', codes: [{ code: '29881', summary: 'Knee arthroscopy, meniscectomy (org words)', category: 'Org' }], phrases: [{ code: '29881', phrase: 'partial medial meniscectomy' }] }],
          settings: { copyFormat: 'lines' },
        });
    };
    // Extension pages read managed storage for the options page; the background, for the popup's analysis.
    await session.context.addInitScript(stubManaged);
    await session.worker.evaluate(stubManaged);
  });
  afterAll(async () => session?.close());

  it('shows the managed pack read-only and locks the managed setting', async () => {
    const options = await openOptions(session);
    await options.getByRole('tab', { name: 'Managed by your organisation' }).click();
    await expect(options.locator('.managed-pack[data-pack="org"]').innerText()).resolves.toMatch(/Org knee pack[\s\S]*29881[\s\S]*“partial medial meniscectomy” suggests 29881/);
    await options.getByRole('tab', { name: 'Codes and phrases' }).click();
    await options.fill('#options-search', '29881');
    const row = options.locator('.codes li[data-code="29881"]');
    await expect(row.innerText()).resolves.toMatch(/managed/);
    await row.locator('button').click();
    await expect(options.locator('.managed-phrases').innerText()).resolves.toMatch(/partial medial meniscectomy/);
    expect(await options.locator('button:has-text("Delete this custom code")').count()).toBe(0);
    await options.getByRole('tab', { name: 'Settings' }).click();
    expect(await options.locator('input[name="copyFormat"]').first().isDisabled()).toBe(true);
    await closeAll(options);
  });

  it('the popup suggests from the managed pack beside the user’s own phrase', async () => {
    const options = await openOptions(session);
    await options.fill('#options-search', '32999');
    await options.locator('.codes li[data-code="32999"] button').click();
    await options.fill('#new-phrase', 'diagnostic arthroscopy');
    await options.getByRole('button', { name: 'Add phrase' }).click();
    await options.waitForSelector('.user-phrases li[data-phrase="diagnostic arthroscopy"]');
    await closeAll(options);
    const { page, popup, codes } = await popupCodes(session, 'no-thoracic');
    expect(codes).toEqual(expect.arrayContaining(['29881', '32999']));
    await closeAll(popup, page);
  });
});
