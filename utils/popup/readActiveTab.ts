import { browser } from 'wxt/browser';
import type { PageText } from '../messaging';
import { injectContentScripts, readFrames } from '../page/tabFrames';
import { reasonFromInjectionError, unreadableReason } from './unreadable';

export type TabRead =
  | { kind: 'page'; page: PageText; tabId: number; url: string }
  | { kind: 'unreadable'; reason: string };

/**
 * Injects the content script into the active tab (allowed by activeTab,
 * which the toolbar click, the keyboard command or the context menu
 * grants; every frame of sites the coder granted) and gathers the page's
 * text. Pages the browser keeps from extensions come back as 'unreadable'
 * with a reason for the coder, never as an error.
 */
export async function readActiveTab(): Promise<TabRead> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.id) return { kind: 'unreadable', reason: 'There is no open tab to read.' };
  const blocked = unreadableReason(tab.url ?? tab.pendingUrl);
  // Without activeTab the URL is hidden from us; let the injection decide then.
  if (blocked && tab.url) return { kind: 'unreadable', reason: blocked };
  let frameIds: number[];
  try {
    frameIds = await injectContentScripts(tab.id);
  } catch (error) {
    return { kind: 'unreadable', reason: reasonFromInjectionError(error instanceof Error ? error.message : String(error)) };
  }
  try {
    return { kind: 'page', page: await readFrames(tab.id, frameIds), tabId: tab.id, url: tab.url ?? '' };
  } catch {
    return { kind: 'unreadable', reason: 'The page did not answer. Reload it and open CodeCue again.' };
  }
}
