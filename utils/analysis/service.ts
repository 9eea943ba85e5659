import { createEngine, type Engine } from '../engine';
import type { CodeEntry } from '../engine/types';
import { defaultRuleset } from '../../data';
import type { PageText } from '../messaging';
import { analyzePage, type PageAnalysis } from '../popup/analyzePage';
import { applySettings } from '../settings/settings';
import type { SearchEntry } from '../search/codeSearch';
import { builtInCodebook, describeCode, loadCodebook, type Codebook } from '../store/codebook';
import type { CodeStore } from '../store/db';
import type { ManagedReader } from '../store/managed';
import { seedStore } from '../store/seed';
import { describeStoreError } from '../store/storeError';
import type { Settings } from '../store/types';

/** What the popup gets back for a page: plain JSON, since extension messages are. */
export interface AnalysisReply {
  /** Without the text: the popup has it already, and a 2 MB note need not travel back. */
  analysis: Omit<PageAnalysis, 'text'>;
  /** Per code: the licensed descriptor when imported, else our summary. */
  summaries: Record<string, string>;
  licensed: string[];
  settings: Settings;
  storeProblem?: string;
}

export interface LookupReply {
  entries: SearchEntry[];
  storeProblem?: string;
}

interface Prepared {
  stamp: string;
  book: Codebook;
  engine: Engine;
  codes: Map<string, CodeEntry>;
  storeProblem?: string;
}

/**
 * The background's side of the popup: the code store, the merged ruleset
 * and the engine live here, built once and reused while nothing in the
 * store changed, so the popup stays small and opens fast. Note text passes
 * through in memory only.
 */
export function createAnalysisService(db: CodeStore, readManaged: ManagedReader) {
  let prepared: Prepared | null = null;
  let seeded: Promise<unknown> | null = null;

  /** A cheap fingerprint of everything the user or organisation can change. */
  async function stampOf(): Promise<string> {
    const [changes, descriptors, meta, managed] = await Promise.all([
      db.changes.toArray(),
      db.descriptors.count(),
      db.meta.toArray(),
      readManaged().catch(() => ({})),
    ]);
    return JSON.stringify([changes, descriptors, meta, managed]);
  }

  async function prepare(): Promise<Prepared> {
    try {
      // After a failed open Dexie stays closed; try again on each request, as the cause may have passed.
      if (!db.isOpen()) await db.open();
      // The background seeds on install and update; this covers a request that came first.
      seeded ??= seedStore(db, defaultRuleset);
      await seeded;
      const stamp = await stampOf();
      if (prepared && !prepared.storeProblem && prepared.stamp === stamp) return prepared;
      const book = await loadCodebook(db, readManaged);
      prepared = fromBook(book, stamp);
    } catch (error) {
      seeded = null;
      // A store that cannot be used must not cost the coder their suggestions.
      prepared = { ...fromBook(builtInCodebook(defaultRuleset), ''), storeProblem: describeStoreError(error) };
    }
    return prepared;
  }

  return {
    async analyze(page: PageText): Promise<AnalysisReply> {
      const { book, engine, codes, storeProblem } = await prepare();
      const settings = book.settings.settings;
      const { text: _text, ...raw } = analyzePage(page, engine);
      const analysis = { ...raw, likely: applySettings(raw.likely, settings, codes), possible: applySettings(raw.possible, settings, codes) };
      const summaries: Record<string, string> = {};
      const licensed: string[] = [];
      for (const s of [...analysis.likely, ...analysis.possible]) {
        const d = describeCode(book, s.code);
        if (!d) continue;
        summaries[s.code] = d.text;
        if (d.licensed) licensed.push(s.code);
      }
      return { analysis, summaries, licensed, settings, storeProblem };
    },

    /** Builds the codebook and engine ahead of the first popup. */
    async warm(): Promise<void> {
      await prepare();
    },

    async lookup(): Promise<LookupReply> {
      const { book, storeProblem } = await prepare();
      return { entries: book.entries, storeProblem };
    },
  };
}

function fromBook(book: Codebook, stamp: string): Prepared {
  return {
    stamp,
    book,
    engine: createEngine(book.merged.ruleset),
    codes: new Map(book.merged.ruleset.codes.map((c) => [c.code, c])),
  };
}

export type AnalysisService = ReturnType<typeof createAnalysisService>;
