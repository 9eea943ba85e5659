import { createEngine } from '../engine';
import { defaultRuleset } from '../../data';
import { CodeStore } from '../store/db';
import { getSummaries, seedStore } from '../store/seed';
import { analyzePage, type PageAnalysis } from './analyzePage';
import { readActiveTab } from './readActiveTab';

export type PopupState =
  | { kind: 'unreadable'; reason: string }
  | { kind: 'analysed'; analysis: PageAnalysis; summaries: Map<string, string> };

/** Everything the popup shows, from the active tab and the code store. */
export async function loadPopup(): Promise<PopupState> {
  const read = await readActiveTab();
  if (read.kind === 'unreadable') return read;
  const analysis = analyzePage(read.page, createEngine(defaultRuleset));
  const db = new CodeStore();
  try {
    // The background seeds on install; this covers a popup opened before it finished.
    await seedStore(db, defaultRuleset);
    const codes = [...analysis.likely, ...analysis.possible].map((s) => s.code);
    return { kind: 'analysed', analysis, summaries: await getSummaries(db, codes) };
  } finally {
    db.close();
  }
}
