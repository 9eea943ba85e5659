import { afterAll, beforeAll } from 'vitest';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { launchWithExtension, openPopupWithShortcut, openTab, startFixtureServer, waitForResult, type ExtensionSession } from './harness';

export interface BrowserEnv {
  session: ExtensionSession;
  server: Server;
  /** The fixture server, e.g. http://127.0.0.1:PORT. */
  origin: string;
}

/**
 * One Chromium with the built extension and one fixture server for a test
 * file, started before its tests and closed after them. The fields are
 * filled in by beforeAll, so read them inside tests.
 */
export function useBrowserEnv(launch: () => Promise<ExtensionSession> = launchWithExtension): BrowserEnv {
  const env = {} as BrowserEnv;
  beforeAll(async () => {
    const { server, origin } = await startFixtureServer();
    env.server = server;
    env.origin = origin;
    env.session = await launch();
  });
  afterAll(async () => {
    await env.session?.close();
    env.server?.close();
  });
  return env;
}

/** Opens `url` in a new tab and the real popup on it (the shortcut), and waits for its result. */
export async function popupFor(session: ExtensionSession, url: string): Promise<{ page: Page; popup: Page }> {
  const page = await openTab(session, url);
  const popup = await openPopupWithShortcut(session, page);
  await waitForResult(popup);
  return { page, popup };
}
