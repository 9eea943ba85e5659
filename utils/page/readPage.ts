import type { PageText } from '../messaging';
import { extractText, extractTextSliced, type ExtractedText, type SliceOptions } from './extractText';
import { selectionSpan } from './selectionSpan';

/** A selection CodeCue itself made in a form field (to show evidence), not the coder's. */
export type OwnFieldSelection = (field: HTMLTextAreaElement | HTMLInputElement, start: number, end: number) => boolean;

/** The selected text, in the page or in a focused text field; '' when none. */
export function readSelection(doc: Document, isOwn?: OwnFieldSelection): string {
  const active = doc.activeElement;
  if (active && (active.tagName === 'TEXTAREA' || active.tagName === 'INPUT')) {
    const field = active as HTMLTextAreaElement;
    const { selectionStart, selectionEnd } = field;
    if (selectionStart != null && selectionEnd != null && selectionEnd > selectionStart) {
      if (isOwn?.(field, selectionStart, selectionEnd)) return '';
      return field.value.slice(selectionStart, selectionEnd);
    }
  }
  if (active && active.tagName === 'IFRAME') {
    try {
      const inner = (active as HTMLIFrameElement).contentDocument;
      if (inner) {
        const s = readSelection(inner, isOwn);
        if (s) return s;
      }
    } catch {
      // Cross-origin frame: its selection is not ours to read.
    }
  }
  return doc.getSelection?.()?.toString() ?? '';
}

function toPage(doc: Document, extracted: ExtractedText, isOwn?: OwnFieldSelection): PageText {
  const page: PageText = { text: extracted.text, selection: '', url: doc.location?.href ?? '', truncated: extracted.truncated };
  // Preferably the selection as a slice of the read text, so its evidence can be highlighted.
  const span = selectionSpan(extracted, doc, isOwn);
  const sliced = span ? extracted.text.slice(span.start, span.end) : '';
  if (span && sliced.trim()) return { ...page, selection: sliced, selectionStart: span.start };
  const selection = readSelection(doc, isOwn);
  return { ...page, selection: selection.trim() ? selection : '' };
}

/** Reads the page for the popup; the extracted map stays with the caller for highlighting. */
export function readPage(doc: Document, isOwn?: OwnFieldSelection): { page: PageText; extracted: ExtractedText } {
  const extracted = extractText(doc);
  return { extracted, page: toPage(doc, extracted, isOwn) };
}

/** readPage in time slices, for the content script: the page stays responsive. */
export async function readPageSliced(
  doc: Document,
  options: SliceOptions & { isOwn?: OwnFieldSelection } = {},
): Promise<{ page: PageText; extracted: ExtractedText }> {
  const extracted = await extractTextSliced(doc, options);
  return { extracted, page: toPage(doc, extracted, options.isOwn) };
}
