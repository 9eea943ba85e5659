import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension, type ExtensionSession } from './harness';
import { defaultRuleset } from '@/data';
import { MENU_ID } from '@/utils/quick/contextMenu';

interface ChromeMenus {
  contextMenus: { create(props: object, cb: () => void): void };
  runtime: { lastError?: { message?: string } };
}

describe('built manifest', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

  it('asks for activeTab, scripting, storage, clipboardWrite and contextMenus only, and no hosts at install', () => {
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'clipboardWrite', 'contextMenus', 'scripting', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    // Web sites only as optional permissions: asked one site at a time, when the coder opts into auto-scan.
    expect([...(manifest.optional_host_permissions ?? [])].sort()).toEqual(['http://*/*', 'https://*/*']);
  });

  it('registers no content script at install: it is injected when the popup opens', () => {
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.commands._execute_action.suggested_key.default).toBe('Alt+Shift+K');
  });
});

describe('install', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(async () => session?.close());

  it('seeds the code store from the built-in data in the background', async () => {
    const read = () =>
      session.worker.evaluate(
        () =>
          new Promise<{ codes: number; version: unknown }>((resolve, reject) => {
            const req = indexedDB.open('codecue');
            req.onerror = () => reject(req.error);
            req.onsuccess = () => {
              const db = req.result;
              if (!db.objectStoreNames.contains('codes')) {
                db.close();
                resolve({ codes: 0, version: undefined });
                return;
              }
              const tx = db.transaction(['codes', 'meta']);
              const count = tx.objectStore('codes').count();
              const version = tx.objectStore('meta').get('dataVersion');
              tx.oncomplete = () => {
                db.close();
                resolve({ codes: count.result, version: version.result?.value });
              };
            };
          }),
      );
    let state = await read();
    for (let i = 0; i < 50 && state.codes === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      state = await read();
    }
    expect(state.codes).toBe(defaultRuleset.codes.length);
    expect(state.version).toBe(defaultRuleset.dataVersion);
  });

  it('adds the "Suggest codes for selection" context-menu item', async () => {
    // Runs after the seeding test, which waits for onInstalled to have run.
    // Chrome has no menu getter: creating the same id again must fail if ours exists.
    const error = await session.worker.evaluate(
      (id) =>
        new Promise<string>((resolve) => {
          const api = (globalThis as unknown as { chrome: ChromeMenus }).chrome;
          api.contextMenus.create({ id, title: 'probe', contexts: ['selection'] }, () => resolve(api.runtime.lastError?.message ?? ''));
        }),
      MENU_ID,
    );
    expect(error).toMatch(/duplicate id/i);
  });
});
