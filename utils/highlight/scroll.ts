/**
 * Scrolls a box (a Range's or a field's client rect) into the middle of
 * every scroll container that clips it, then of the viewport, then of each
 * same-origin parent frame. A Range has no scrollIntoView, and scrolling its
 * parent element would only show the top of a long note block.
 */
type RectSource = () => DOMRect;

function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root && 'host' in root ? ((root as ShadowRoot).host ?? null) : null;
}

function isScrollContainer(el: Element, win: Window): boolean {
  if (el === el.ownerDocument.scrollingElement || el === el.ownerDocument.body) return false;
  const { overflowY, overflowX } = win.getComputedStyle(el);
  const scrollsY = /(auto|scroll|overlay)/.test(overflowY) && el.scrollHeight > el.clientHeight;
  const scrollsX = /(auto|scroll|overlay)/.test(overflowX) && el.scrollWidth > el.clientWidth;
  return scrollsY || scrollsX;
}

export function scrollBoxIntoView(from: Element, rectOf: RectSource): void {
  const win = from.ownerDocument.defaultView;
  if (!win) return;
  for (let el: Element | null = from; el; el = parentAcrossShadow(el)) {
    if (!isScrollContainer(el, win)) continue;
    const box = el.getBoundingClientRect();
    const r = rectOf();
    el.scrollTop += r.top + r.height / 2 - (box.top + el.clientTop + el.clientHeight / 2);
    if (r.left < box.left || r.right > box.right) el.scrollLeft += r.left - box.left - 16;
  }
  const r = rectOf();
  win.scrollBy({ top: r.top + r.height / 2 - win.innerHeight / 2, left: r.left < 0 || r.right > win.innerWidth ? r.left - 16 : 0, behavior: 'instant' });

  // A same-origin frame: bring the frame itself, at the box's height, into view in its parent.
  let frame: Element | null = null;
  try {
    frame = win.frameElement;
  } catch {
    frame = null; // Cross-origin parent: its scrolling is not ours.
  }
  if (frame) {
    const frameEl = frame;
    scrollBoxIntoView(frameEl, () => {
      const inner = rectOf();
      const outer = frameEl.getBoundingClientRect();
      return new DOMRect(outer.left + frameEl.clientLeft + inner.left, outer.top + frameEl.clientTop + inner.top, inner.width, inner.height);
    });
  }
}
