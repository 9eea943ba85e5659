import Fuse from 'fuse.js';
import type { CodeEntry, Ruleset } from '../engine/types';

/** Where an entry comes from: shipped, added by the user, or from an organisation's managed pack. */
export type Origin = 'builtin' | 'user' | 'managed';

/** One code as the search (options page, popup lookup) sees it. */
export interface SearchEntry {
  code: string;
  summary: string;
  /** The organisation's licensed descriptor, when imported; shown instead of the summary. */
  descriptor?: string;
  category: string;
  synonyms: string[];
  /** Phrases that suggest the code (the anchor concept of each of its rules). */
  phrases: string[];
  origin: Origin;
  deleted?: boolean;
}

const MAX_QUERY = 64;

/**
 * The phrases that suggest each code: for every rule of the code, the
 * phrases of the concept its clauses start from ("pancoast" for 32503,
 * "cryoablation" for 32994). Broad helper concepts (resection, lung) are
 * left out so a search for "removal" does not list every resection code.
 */
export function anchorPhrases(ruleset: Ruleset): Map<string, string[]> {
  const byConcept = new Map<string, string[]>();
  for (const set of ruleset.concepts ?? []) {
    for (const id of [set.concept, ...(set.also ?? [])]) {
      const list = byConcept.get(id) ?? [];
      list.push(...set.phrases);
      byConcept.set(id, list);
    }
  }
  const out = new Map<string, string[]>();
  for (const rule of ruleset.rules ?? []) {
    // Case-folded and de-duplicated: fewer strings to match on every keystroke.
    const set = new Set(out.get(rule.code) ?? []);
    for (const clause of rule.clauses) {
      const first = clause.all[0];
      for (const id of Array.isArray(first) ? first : [first]) for (const p of byConcept.get(id) ?? []) set.add(p.toLowerCase());
    }
    out.set(rule.code, [...set]);
  }
  return out;
}

export function searchEntries(
  ruleset: Ruleset,
  opts: { descriptors?: ReadonlyMap<string, string>; origins?: ReadonlyMap<string, Origin> } = {},
): SearchEntry[] {
  const phrases = anchorPhrases(ruleset);
  return ruleset.codes.map((c: CodeEntry) => {
    const entry: SearchEntry = {
      code: c.code,
      summary: c.summary,
      category: c.category,
      synonyms: c.synonyms ?? [],
      phrases: phrases.get(c.code) ?? [],
      origin: opts.origins?.get(c.code) ?? 'builtin',
    };
    const d = opts.descriptors?.get(c.code);
    if (d) entry.descriptor = d;
    if (c.deleted) entry.deleted = true;
    return entry;
  });
}

const wordCache = new WeakMap<readonly string[], string>();
function distinctWords(phrases: readonly string[]): string {
  let words = wordCache.get(phrases);
  if (words === undefined) {
    words = [...new Set(phrases.join(' ').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean))].join(' ');
    wordCache.set(phrases, words);
  }
  return words;
}

export interface CodeSearch {
  /** Best first. A code number or its start lists matching codes first; words search fuzzily. */
  search(query: string, limit?: number): SearchEntry[];
}

/** Built once per code set; each search then answers well within a keystroke (see scripts/bench-store.ts). */
export function createCodeSearch(entries: readonly SearchEntry[]): CodeSearch {
  const fuse = new Fuse(entries, {
    keys: [
      { name: 'code', weight: 3 },
      { name: 'synonyms', weight: 2 },
      // Words are matched one by one, so the phrases' distinct words carry the same matches
      // as the phrases themselves, at a fraction of the work per keystroke.
      { name: 'phrases', weight: 1.5, getFn: (e) => distinctWords(e.phrases) },
      { name: 'summary', weight: 1 },
      { name: 'descriptor', weight: 1 },
    ],
    threshold: 0.34,
    ignoreLocation: true,
    minMatchCharLength: 2,
    // Each query word is matched on its own (typo-tolerant), and every word must match somewhere:
    // "vats lobectomy" narrows to thoracoscopic lobectomies, and long queries stay fast.
    useTokenSearch: true,
    tokenMatch: 'all',
  });
  return {
    search(query: string, limit = 20): SearchEntry[] {
      const q = query.trim().slice(0, MAX_QUERY);
      if (!q) return [];
      const out: SearchEntry[] = [];
      if (/^\d{1,5}[a-z]?$/i.test(q)) {
        const prefix = q.toUpperCase();
        for (const e of entries) if (e.code.startsWith(prefix)) out.push(e);
        out.sort((a, b) => (a.code < b.code ? -1 : 1));
      }
      for (const r of fuse.search(q, { limit: limit + out.length })) if (!out.includes(r.item)) out.push(r.item);
      // Deleted codes are found (a coder may look one up) but never ahead of live ones.
      const live = out.filter((e) => !e.deleted);
      return [...live, ...out.filter((e) => e.deleted)].slice(0, limit);
    },
  };
}
