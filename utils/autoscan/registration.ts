import { browser } from 'wxt/browser';

export const AUTOSCAN_SCRIPT_ID = 'codecue-autoscan';
const CONTENT_SCRIPT = 'content-scripts/content.js';

/** The sites the coder has granted (optional host permissions), as match patterns. */
export async function grantedSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((o) => /^https?:\/\//.test(o));
}

/**
 * Makes the registered content script match exactly the granted sites:
 * registered when the first site is granted, updated as sites come and go,
 * unregistered when the last one is revoked. Called on every background
 * start and on every permission change, so it never drifts.
 */
export async function syncAutoScanScript(): Promise<string[]> {
  const sites = await grantedSites();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [AUTOSCAN_SCRIPT_ID] });
  if (sites.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [AUTOSCAN_SCRIPT_ID] });
    return sites;
  }
  const script = {
    id: AUTOSCAN_SCRIPT_ID,
    js: [CONTENT_SCRIPT],
    matches: sites,
    runAt: 'document_idle' as const,
    // Top frames only: a granted site's note frames are read when the popup opens.
    allFrames: false,
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return sites;
}
