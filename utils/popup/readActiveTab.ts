import { browser } from 'wxt/browser';
import { parsePageText, sendMessage, type PageText } from '../messaging';
import { reasonFromInjectionError, unreadableReason } from './unreadable';

export type TabRead =
  | { kind: 'page'; page: PageText }
  | { kind: 'unreadable'; reason: string };

const CONTENT_SCRIPT = '/content-scripts/content.js';

/**
 * Injects the content script into the active tab (allowed by activeTab,
 * which the toolbar click or keyboard command grants) and asks it for the
 * page's text. Pages the browser keeps from extensions come back as
 * 'unreadable' with a reason for the coder, never as an error.
 */
export async function readActiveTab(): Promise<TabRead> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.id) return { kind: 'unreadable', reason: 'There is no open tab to read.' };
  const blocked = unreadableReason(tab.url ?? tab.pendingUrl);
  // Without activeTab the URL is hidden from us; let the injection decide then.
  if (blocked && tab.url) return { kind: 'unreadable', reason: blocked };
  try {
    await browser.scripting.executeScript({ target: { tabId: tab.id, frameIds: [0] }, files: [CONTENT_SCRIPT] });
  } catch (error) {
    return { kind: 'unreadable', reason: reasonFromInjectionError(error instanceof Error ? error.message : String(error)) };
  }
  let reply: unknown;
  try {
    reply = await sendMessage('getPageText', undefined, { tabId: tab.id, frameId: 0 });
  } catch {
    return { kind: 'unreadable', reason: 'The page did not answer. Reload it and open CodeCue again.' };
  }
  return { kind: 'page', page: parsePageText(reply) };
}
