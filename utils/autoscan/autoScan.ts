import { browser } from 'wxt/browser';
import type { AnalysisService } from '../analysis/service';
import { isOwnTopFrameScript, onMessage, parsePageText, sendMessage } from '../messaging';
import { clearCount, countLikely, showCount } from './badge';
import { syncAutoScanScript } from './registration';
import { sitePattern } from './sites';

/**
 * Background side of auto-scan. On a granted site the registered content
 * script announces itself (and each change of the note); the background
 * checks the site is still granted, pulls the text from the tab's top
 * frame, runs the engine and shows the number of likely codes on the
 * toolbar badge. The text lives only for the length of one analysis.
 */
// The popup's own analysis (merged ruleset, the coder's settings), so the badge counts what the popup shows.
let analysis: Pick<AnalysisService, 'analyze'> | null = null;

/** Tabs showing a count, by tab id, with their site; in session storage so a restarted worker can still clear them. */
const BADGED = 'autoscan.badgedTabs';

async function badgedTabs(): Promise<Record<string, string>> {
  return ((await browser.storage.session.get(BADGED))[BADGED] as Record<string, string> | undefined) ?? {};
}

async function rememberBadge(tabId: number, pattern: string | null): Promise<void> {
  const tabs = await badgedTabs();
  if (pattern) tabs[tabId] = pattern;
  else delete tabs[tabId];
  await browser.storage.session.set({ [BADGED]: tabs });
}

async function scanTab(tabId: number, pattern: string): Promise<void> {
  try {
    const page = parsePageText(await sendMessage('getPageText', undefined, { tabId, frameId: 0 }));
    if (!analysis) return;
    const count = countLikely((await analysis.analyze(page)).analysis.likely);
    await showCount(tabId, count);
    await rememberBadge(tabId, pattern);
  } catch {
    // The tab navigated or closed mid-scan; the next announcement rescans.
  }
}

async function clearRevokedBadges(): Promise<void> {
  const tabs = await badgedTabs();
  for (const [tabId, pattern] of Object.entries(tabs)) {
    if (await browser.permissions.contains({ origins: [pattern] })) continue;
    await clearCount(Number(tabId)).catch(() => undefined); // The tab may be gone.
    delete tabs[tabId];
  }
  await browser.storage.session.set({ [BADGED]: tabs });
}

export function startAutoScan(service: Pick<AnalysisService, 'analyze'>): void {
  analysis = service;
  void syncAutoScanScript().catch(() => undefined);
  browser.permissions.onAdded.addListener(() => void syncAutoScanScript().catch(() => undefined));
  browser.permissions.onRemoved.addListener(() => {
    void syncAutoScanScript()
      .then(clearRevokedBadges)
      .catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => void rememberBadge(tabId, null));

  onMessage('autoScanPage', async ({ sender }) => {
    // Untrusted until proven otherwise: our own content script, in a tab's top frame, on a granted site.
    if (!isOwnTopFrameScript(sender, browser.runtime.id)) return { watch: false };
    const pattern = sitePattern(sender.url ?? sender.tab?.url ?? '');
    if (!pattern || !(await browser.permissions.contains({ origins: [pattern] }))) return { watch: false };
    void scanTab(sender.tab.id, pattern);
    return { watch: true };
  });
}
