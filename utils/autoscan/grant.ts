import { browser } from 'wxt/browser';
import { sitePattern } from './sites';

/**
 * Popup side of "Scan this site automatically". Granting is the browser's
 * own permission prompt; the background hears permissions.onAdded and
 * starts scanning, so it works even though the prompt closes the popup
 * before `request` resolves.
 */

/** Must be called from the click handler itself: the browser requires a user gesture. */
export async function requestSite(url: string): Promise<boolean> {
  const pattern = sitePattern(url);
  if (!pattern) return false;
  return browser.permissions.request({ origins: [pattern] });
}

/** Stops auto-scanning the site and drops CodeCue's access to it (the background unregisters and clears the badge). */
export async function revokeSite(url: string): Promise<boolean> {
  const pattern = sitePattern(url);
  if (!pattern) return false;
  return browser.permissions.remove({ origins: [pattern] });
}

export async function isGranted(url: string): Promise<boolean> {
  const pattern = sitePattern(url);
  if (!pattern) return false;
  return browser.permissions.contains({ origins: [pattern] });
}
