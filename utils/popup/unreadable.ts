/**
 * Pages no extension may script: the browser's own pages, the web stores
 * and the built-in PDF viewer. The popup says so instead of showing an
 * error.
 */
const BLOCKED_SCHEMES = ['chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'edge:', 'about:', 'view-source:', 'devtools:', 'moz-extension:', 'resource:', 'data:', 'javascript:'];
const BLOCKED_HOSTS = ['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];
const PDF_VIEWER_ID = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

const OWN_PAGES = 'This is one of the browser’s own pages, which extensions cannot read. Open a note in your EHR and try again.';
const STORES = 'Extension stores do not let extensions read their pages. Open a note in your EHR and try again.';
const PDF = 'PDF files open in the browser’s PDF viewer, which extensions cannot read. Open the note as a web page, or select and copy its text into one.';

/**
 * Without activeTab the tab's URL is hidden from the popup, so the browser's
 * refusal to inject is the only sign of what the page is.
 */
export function reasonFromInjectionError(message: string): string {
  if (/gallery|web ?store/i.test(message)) return STORES;
  if (new RegExp(PDF_VIEWER_ID).test(message)) return PDF;
  if (/(chrome|edge|about|chrome-extension|devtools|view-source):/i.test(message)) return OWN_PAGES;
  return 'CodeCue cannot read this page. The browser allows it only on web pages, after you click the CodeCue button or press its shortcut on that page.';
}

export function unreadableReason(url: string | undefined): string | null {
  if (!url) return 'This tab has no page CodeCue can read.';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'This tab has no page CodeCue can read.';
  }
  if (parsed.protocol === 'chrome-extension:' && parsed.host === PDF_VIEWER_ID) {
    return PDF;
  }
  if (BLOCKED_SCHEMES.includes(parsed.protocol)) {
    return OWN_PAGES;
  }
  if (BLOCKED_HOSTS.includes(parsed.hostname) || (parsed.hostname === 'chrome.google.com' && parsed.pathname.startsWith('/webstore'))) {
    return STORES;
  }
  if (parsed.pathname.toLowerCase().endsWith('.pdf')) {
    return PDF;
  }
  return null;
}
