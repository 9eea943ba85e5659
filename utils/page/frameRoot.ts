/**
 * True when this frame's text is already read by a same-origin parent
 * frame's walk (extractText descends into same-origin iframes), so a
 * content script injected into every frame reads each text exactly once:
 * the top frame, plus each frame whose parent cannot reach into it.
 */
export function isCoveredByParent(win: Window): boolean {
  if (win === win.parent) return false;
  try {
    return win.parent.document != null;
  } catch {
    return false; // Cross-origin parent: this frame reads itself.
  }
}
