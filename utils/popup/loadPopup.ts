import type { Evidence } from '../engine/types';
import { sendMessage, type PageText } from '../messaging';
import { createCodeSearch, type CodeSearch } from '../search/codeSearch';
import type { Settings } from '../store/types';
import { clearHighlights, highlightEvidence, scrollToEvidence, toPageRanges } from '../highlight/evidence';
import { watchPage } from '../page/tabFrames';
import type { PageAnalysis } from './analyzePage';
import { readActiveTab } from './readActiveTab';

/** The tab the popup coded, for highlighting, live updates and the auto-scan toggle. */
export interface PopupTab {
  tabId: number;
  url: string;
  page: PageText;
}

export type PopupState =
  | { kind: 'unreadable'; reason: string; lookup?: CodeSearch; storeProblem?: string }
  | {
      kind: 'analysed';
      analysis: PageAnalysis;
      /** Per code: the licensed descriptor when imported, else our summary. */
      summaries: Map<string, string>;
      /** Codes whose text in `summaries` is the organisation's licensed descriptor. */
      licensed?: Set<string>;
      settings?: Settings;
      /** The same code search as the options page, for codes the engine did not suggest. */
      lookup?: CodeSearch;
      /** Why the code store could not be used; the built-in data was used instead. */
      storeProblem?: string;
      tab?: PopupTab;
    };

/**
 * Codes a page's text: the background holds the code store and the engine
 * (so this popup stays small), and answers with suggestions, summaries and
 * settings applied.
 */
export async function analyzeInBackground(page: PageText, tab: PopupTab, lookup?: CodeSearch): Promise<Extract<PopupState, { kind: 'analysed' }>> {
  const reply = await sendMessage('analyzePage', page);
  const text = reply.analysis.source === 'selection' ? page.selection : page.text;
  return {
    kind: 'analysed',
    analysis: { ...reply.analysis, text },
    summaries: new Map(Object.entries(reply.summaries)),
    licensed: new Set(reply.licensed),
    settings: reply.settings,
    lookup,
    storeProblem: reply.storeProblem,
    tab: { ...tab, page },
  };
}

/** Everything the popup shows, from the active tab and, through the background, the code store. */
export async function loadPopup(): Promise<PopupState> {
  // Marks let the page benchmark see where the popup's time goes.
  performance.mark('codecue:start');
  const [read, codes] = await Promise.all([
    readActiveTab().finally(() => performance.mark('codecue:read')),
    sendMessage('lookupCodes', undefined).finally(() => performance.mark('codecue:lookup')),
  ]);
  const lookup = createCodeSearch(codes.entries);
  if (read.kind === 'unreadable') return { ...read, lookup, storeProblem: codes.storeProblem };
  const state = await analyzeInBackground(read.page, { tabId: read.tabId, url: read.url, page: read.page }, lookup);
  performance.mark('codecue:analysed');
  return state;
}

/** Every likely code's evidence, as page-text ranges (selection offsets moved into the page). */
function evidenceRanges(state: Extract<PopupState, { kind: 'analysed' }>): Evidence[] {
  return state.analysis.likely.flatMap((s) => s.evidence);
}

/** Paints the likely codes' evidence in the page; `focus` also scrolls to one piece. */
export async function showEvidence(state: Extract<PopupState, { kind: 'analysed' }>, focus?: Evidence): Promise<void> {
  const tab = state.tab;
  if (!tab) return;
  const coded = state.analysis.source === 'selection';
  const all = evidenceRanges(state);
  const ranges = toPageRanges(tab.page, coded, all.map(({ start, end }) => ({ start, end })));
  if (ranges.length === 0) return;
  const index = focus ? all.findIndex((e) => e.start === focus.start && e.end === focus.end) : -1;
  await highlightEvidence(tab.tabId, ranges, index >= 0 ? index : undefined);
  if (index >= 0) await scrollToEvidence(tab.tabId, ranges[index]);
}

/** Re-codes the note whenever it changes while the popup is open; returns a stop function. */
export function followPage(state: Extract<PopupState, { kind: 'analysed' }>, onState: (next: PopupState) => void): () => void {
  const tab = state.tab;
  if (!tab) return () => {};
  return watchPage(tab.tabId, (page) => {
    analyzeInBackground(page, tab, state.lookup).then(onState, () => undefined);
  });
}

export { clearHighlights };
