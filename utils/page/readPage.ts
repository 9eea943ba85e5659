import type { PageText } from '../messaging';
import { extractText, type ExtractedText } from './extractText';

/** The selected text, in the page or in a focused text field; '' when none. */
export function readSelection(doc: Document): string {
  const active = doc.activeElement;
  if (active && (active.tagName === 'TEXTAREA' || active.tagName === 'INPUT')) {
    const field = active as HTMLTextAreaElement;
    const { selectionStart, selectionEnd } = field;
    if (selectionStart != null && selectionEnd != null && selectionEnd > selectionStart) {
      return field.value.slice(selectionStart, selectionEnd);
    }
  }
  if (active && active.tagName === 'IFRAME') {
    try {
      const inner = (active as HTMLIFrameElement).contentDocument;
      if (inner) {
        const s = readSelection(inner);
        if (s) return s;
      }
    } catch {
      // Cross-origin frame: its selection is not ours to read.
    }
  }
  return doc.getSelection?.()?.toString() ?? '';
}

/** Reads the page for the popup; the extracted map stays with the caller for highlighting. */
export function readPage(doc: Document): { page: PageText; extracted: ExtractedText } {
  const extracted = extractText(doc);
  return {
    extracted,
    page: {
      text: extracted.text,
      selection: readSelection(doc).trim() ? readSelection(doc) : '',
      url: doc.location?.href ?? '',
      truncated: extracted.truncated,
    },
  };
}
