import { browser } from 'wxt/browser';
import { REPORT_THRESHOLD } from '../engine';
import type { Suggestion } from '../engine/types';

/** Codes a coder would report: the same cut-off as the popup's "Suggested codes". */
export function countLikely(suggestions: Suggestion[]): number {
  return suggestions.filter((s) => s.confidence >= REPORT_THRESHOLD).length;
}

/** Chrome MV3 has `action`, Firefox MV2 `browserAction`. */
function toolbarAction() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export function badgeText(count: number): string {
  return count > 99 ? '99+' : String(count);
}

export async function showCount(tabId: number, count: number): Promise<void> {
  const action = toolbarAction();
  await action.setBadgeBackgroundColor({ tabId, color: count > 0 ? '#1d6b3a' : '#6b7280' });
  await action.setBadgeText({ tabId, text: badgeText(count) });
  await action.setTitle({ tabId, title: count === 1 ? 'CodeCue: 1 likely code on this page' : `CodeCue: ${count} likely codes on this page` });
}

export async function clearCount(tabId: number): Promise<void> {
  const action = toolbarAction();
  await action.setBadgeText({ tabId, text: '' });
  await action.setTitle({ tabId, title: 'CodeCue' });
}
