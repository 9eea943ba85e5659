/**
 * Sites as the permissions API sees them: one match pattern per origin
 * (scheme + host, any port, any path). Pure, so the popup toggle, the
 * background and tests agree on what "this site" means.
 */
export function sitePattern(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/** The site a pattern stands for, for the popup's wording ("Scan ehr.example automatically"). */
export function siteName(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
