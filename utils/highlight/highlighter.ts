import type { HighlightResult } from '../messaging';
import type { ExtractedText } from '../page/extractText';
import { resolveRange, type EvidenceTarget, type FormField, type TextRange } from './resolve';
import { scrollBoxIntoView } from './scroll';

export const EVIDENCE_HIGHLIGHT = 'codecue-evidence';
export const ACTIVE_HIGHLIGHT = 'codecue-evidence-active';

/**
 * Custom highlights are painted only by `::highlight()` rules in the same
 * tree scope, so the rule goes into the document and into each shadow root
 * holding evidence, as a constructed stylesheet: nothing is added to the
 * page's DOM (no <style>, no <mark>), and it is removed again on clear.
 */
const HIGHLIGHT_CSS = `
::highlight(${EVIDENCE_HIGHLIGHT}) { background-color: rgb(255 221 0 / 0.55); text-decoration: underline 2px rgb(180 120 0); }
::highlight(${ACTIVE_HIGHLIGHT}) { background-color: rgb(255 140 0 / 0.85); color: black; text-decoration: underline 2px black; }
`;

type StyleScope = Document | ShadowRoot;
type HighlightWindow = Window & typeof globalThis & { Highlight?: typeof Highlight };


/**
 * Paints, scrolls to and clears evidence in one frame's page. Holds only
 * DOM references into the page; no text.
 */
export class EvidenceHighlighter {
  private readonly registries = new Set<HighlightRegistry>();
  private readonly sheets = new Map<StyleScope, CSSStyleSheet>();
  /** The field slice CodeCue selected to show evidence, so it is not mistaken for the coder's selection. */
  private ownSelection: { field: FormField; start: number; end: number } | null = null;

  show(extracted: ExtractedText, ranges: TextRange[], active?: number): HighlightResult {
    this.clearPaint();
    const byWindow = new Map<HighlightWindow, { all: Range[]; active: Range[] }>();
    let painted = 0;
    let inFields = 0;
    ranges.forEach((r, index) => {
      for (const target of resolveRange(extracted, r)) {
        if (target.kind === 'field') {
          inFields++;
          continue;
        }
        const win = target.range.startContainer.ownerDocument?.defaultView as HighlightWindow | null;
        if (!win?.Highlight || !win.CSS?.highlights) continue; // No Highlight API (older Firefox): scrolling still works.
        const entry = byWindow.get(win) ?? { all: [], active: [] };
        byWindow.set(win, entry);
        (index === active ? entry.active : entry.all).push(target.range);
        this.adoptStyle(target.range.startContainer.getRootNode() as StyleScope);
        painted++;
      }
    });
    for (const [win, { all, active: current }] of byWindow) {
      try {
        const registry = win.CSS.highlights;
        registry.set(EVIDENCE_HIGHLIGHT, new win.Highlight!(...all));
        const emphasis = new win.Highlight!(...current);
        emphasis.priority = 1;
        registry.set(ACTIVE_HIGHLIGHT, emphasis);
        this.registries.add(registry);
      } catch {
        // A frame that went away, or a browser that refuses: that frame is simply not painted.
        painted -= all.length + current.length;
      }
    }
    return { painted, inFields };
  }

  /** Scrolls the page (and any scrolling panel or frame around the note) to one piece of evidence. */
  scrollTo(extracted: ExtractedText, range: TextRange): boolean {
    const [target] = resolveRange(extracted, range);
    if (!target) return false;
    if (target.kind === 'field') {
      this.selectInField(target);
      scrollBoxIntoView(target.field, () => target.field.getBoundingClientRect());
      return true;
    }
    const start = target.range.startContainer;
    const el = start.nodeType === 1 ? (start as Element) : start.parentElement;
    if (!el) return false;
    scrollBoxIntoView(el, () => target.range.getBoundingClientRect());
    return true;
  }

  isOwnSelection = (field: FormField, start: number, end: number): boolean =>
    this.ownSelection?.field === field && this.ownSelection.start === start && this.ownSelection.end === end;

  clear(): void {
    this.clearPaint();
    const own = this.ownSelection;
    if (own && own.field.selectionStart === own.start && own.field.selectionEnd === own.end) {
      // Leave the caret where the evidence ended rather than a selection the coder did not make.
      own.field.setSelectionRange(own.end, own.end);
    }
    this.ownSelection = null;
  }

  private selectInField(target: Extract<EvidenceTarget, { kind: 'field' }>): void {
    const { field, start, end } = target;
    // Focusing the field is what makes a field selection visible; the page is not scrolled by it.
    field.focus({ preventScroll: true });
    field.setSelectionRange(start, end);
    this.ownSelection = { field, start, end };
    if (field.tagName === 'TEXTAREA') scrollFieldToLine(field as HTMLTextAreaElement, start);
  }

  private adoptStyle(scope: StyleScope): void {
    if (this.sheets.has(scope) || !('adoptedStyleSheets' in scope)) return;
    const doc = scope.nodeType === 9 ? (scope as Document) : scope.ownerDocument;
    const win = doc?.defaultView as (Window & typeof globalThis) | null;
    if (!win) return;
    // A constructed sheet must come from the scope's own window.
    try {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
      this.sheets.set(scope, sheet);
    } catch {
      // Without the rule the ranges are registered but not painted; scrolling still works.
    }
  }

  private clearPaint(): void {
    for (const registry of this.registries) {
      registry.delete(EVIDENCE_HIGHLIGHT);
      registry.delete(ACTIVE_HIGHLIGHT);
    }
    this.registries.clear();
    for (const [scope, sheet] of this.sheets) {
      scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
    }
    this.sheets.clear();
  }
}

/**
 * A textarea scrolls itself to a new selection only when the page has
 * focus, which it does not while the popup is open: put the evidence's line
 * in the middle of the field (by line count; wrapped lines make it approximate).
 */
function scrollFieldToLine(field: HTMLTextAreaElement, offset: number): void {
  const style = field.ownerDocument.defaultView?.getComputedStyle(field);
  const fontSize = parseFloat(style?.fontSize ?? '') || 13;
  const lineHeight = parseFloat(style?.lineHeight ?? '') || fontSize * 1.2;
  const line = field.value.slice(0, offset).split('\n').length - 1;
  field.scrollTop = Math.max(0, line * lineHeight - field.clientHeight / 2);
}
