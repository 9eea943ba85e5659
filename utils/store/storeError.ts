/**
 * A plain-language account of why the code store could not be used, for
 * the popup and the options page. Dexie wraps the browser's error; its
 * `inner` error often names the real cause.
 */
export function describeStoreError(error: unknown): string {
  const names = new Set<string>();
  const messages: string[] = [];
  for (let e = error as { name?: string; message?: string; inner?: unknown } | undefined, i = 0; e && i < 5; e = e.inner as typeof e, i++) {
    if (e.name) names.add(e.name);
    if (e.message) messages.push(e.message);
  }
  const text = messages.join(' ');
  if (names.has('QuotaExceededError') || /quota/i.test(text)) {
    return 'The browser has no room left for CodeCue’s code store (storage quota exceeded). Free some space, then reopen CodeCue.';
  }
  if (names.has('BlockedError') || /blocked/i.test(text)) {
    return 'Another CodeCue window is holding the code store open with an older version. Close other CodeCue options tabs and reopen the popup.';
  }
  if (names.has('VersionError') || /less than the existing version/i.test(text)) {
    return 'The code store was written by a newer version of CodeCue than this one. Update CodeCue, or export your rules from a profile that has the newer version.';
  }
  if (names.has('DataError') || names.has('DataCloneError') || names.has('ConstraintError') || /corrupt|damaged/i.test(text)) {
    return 'A record in the code store is damaged and could not be read. Export your rules from the options page, then reset the store there.';
  }
  return `The code store could not be opened${text ? `: ${text}` : ''}.`;
}
