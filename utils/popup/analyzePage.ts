import type { PageText } from '../messaging';
import type { Engine, Suggestion } from '../engine/types';

/** At or above this a coder would report the code; below it is "possible, check". */
export const LIKELY_THRESHOLD = 0.5;

export interface PageAnalysis {
  /** What was coded: the coder's selection when there is one, else the page. */
  source: 'selection' | 'page';
  likely: Suggestion[];
  possible: Suggestion[];
  truncated: boolean;
  /** The analysed text, for evidence snippets; lives only in the popup's memory. */
  text: string;
}

export function analyzePage(page: PageText, engine: Engine): PageAnalysis {
  const source = page.selection.trim() ? 'selection' : 'page';
  const text = source === 'selection' ? page.selection : page.text;
  const suggestions = engine.analyze(text);
  return {
    source,
    text,
    truncated: page.truncated,
    likely: suggestions.filter((s) => s.confidence >= LIKELY_THRESHOLD),
    possible: suggestions.filter((s) => s.confidence < LIKELY_THRESHOLD),
  };
}

/** A short window of text around the evidence, so the coder sees it in context. */
export function snippet(text: string, start: number, end: number, context = 60): { before: string; match: string; after: string } {
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  const clean = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: (from > 0 ? '…' : '') + clean(text.slice(from, start)),
    match: clean(text.slice(start, end)),
    after: clean(text.slice(end, to)) + (to < text.length ? '…' : ''),
  };
}
