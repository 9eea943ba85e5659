import type { CodeEntry, CodeRule, ConceptPhrases, Ruleset } from '../engine/types';
import type { Origin } from '../search/codeSearch';
import { normalizePhrase, type ChangeRow, type CustomCode, type ManagedPack } from './types';

/** Confidence of a suggestion made by an added phrase alone (>= 0.5: reported). */
export const ADDED_PHRASE_BASE = 0.8;
/** Rank of a custom code among a note's codes (built-in codes carry their own). */
const CUSTOM_RANK = 10;

export const userConcept = (code: string) => `user:${code}`;
export const managedConcept = (code: string) => `managed:${code}`;

export interface Merged {
  ruleset: Ruleset;
  /** Where each code comes from. */
  origins: Map<string, Origin>;
}

function toEntry(c: CustomCode): CodeEntry {
  return { code: c.code, summary: c.summary, category: c.category, globalDays: c.globalDays, allowedModifiers: [...c.allowedModifiers], synonyms: c.synonyms ?? [] };
}

/**
 * The ruleset the engine runs on: the built-in data, then the organisation's
 * managed packs (read-only), then the user's changes. Pure; nothing here
 * touches storage.
 *
 * - Custom codes (managed or the user's) are added when the number is free;
 *   a built-in code of the same number wins.
 * - Each added phrase for code C goes into a concept of its own
 *   (`managed:C`, `user:C`) with one rule for C: that phrase, affirmed in a
 *   sentence of the procedure text, suggests C. The engine merges it with C's
 *   built-in rules (best rule wins; evidence and reasons combined), and
 *   negation, history and planning still stop it.
 * - A disabled built-in phrase is removed from its concept, wherever the
 *   concept is used; a disabled built-in rule is left out.
 */
export function mergeRuleset(base: Ruleset, managed: readonly ManagedPack[], changes: readonly ChangeRow[]): Merged {
  const origins = new Map<string, Origin>(base.codes.map((c) => [c.code, 'builtin']));
  const codes = [...base.codes];
  const addCode = (c: CustomCode, origin: Origin) => {
    if (origins.has(c.code)) return;
    origins.set(c.code, origin);
    codes.push(toEntry(c));
  };
  for (const pack of managed) for (const c of pack.codes) addCode(c, 'managed');
  for (const ch of changes) if (ch.kind === 'code') addCode(ch.entry, 'user');
  const live = new Set(codes.filter((c) => !c.deleted).map((c) => c.code));

  // Built-in phrases and rules the user turned off.
  const offPhrases = new Map<string, Set<string>>();
  const offRules = new Set<string>();
  for (const ch of changes) {
    if (ch.kind === 'disablePhrase') {
      const set = offPhrases.get(ch.concept) ?? new Set<string>();
      set.add(normalizePhrase(ch.phrase));
      offPhrases.set(ch.concept, set);
    } else if (ch.kind === 'disableRule') offRules.add(`${ch.code}#${ch.n}`);
  }
  const concepts: ConceptPhrases[] = (base.concepts ?? []).map((set) => {
    const off = offPhrases.get(set.concept);
    return off ? { ...set, phrases: set.phrases.filter((p) => !off.has(normalizePhrase(p))) } : set;
  });
  const seen = new Map<string, number>();
  const rules: CodeRule[] = (base.rules ?? []).filter((r) => {
    const n = seen.get(r.code) ?? 0;
    seen.set(r.code, n + 1);
    return !offRules.has(`${r.code}#${n}`);
  });
  const rankOf = new Map<string, number>();
  for (const r of base.rules ?? []) rankOf.set(r.code, Math.max(rankOf.get(r.code) ?? 0, r.rank ?? 0));

  // Added phrases, grouped per code and layer.
  const added = (concept: string, code: string, phrases: string[], reason: string) => {
    if (!live.has(code) || phrases.length === 0) return;
    concepts.push({ concept, phrases });
    rules.push({ code, reason, rank: rankOf.get(code) ?? CUSTOM_RANK, clauses: [{ all: [concept], scope: 'sentence', base: ADDED_PHRASE_BASE }] });
  };
  const group = (pairs: Iterable<{ code: string; phrase: string }>) => {
    const by = new Map<string, string[]>();
    for (const { code, phrase } of pairs) {
      const list = by.get(code) ?? [];
      if (!list.some((p) => normalizePhrase(p) === normalizePhrase(phrase))) list.push(phrase);
      by.set(code, list);
    }
    return by;
  };
  for (const [code, phrases] of group(managed.flatMap((p) => p.phrases))) {
    const packs = managed.filter((p) => p.phrases.some((x) => x.code === code)).map((p) => p.name);
    added(managedConcept(code), code, phrases, `Matches a phrase your organisation set for ${code} (${packs.join(', ')})`);
  }
  const mine = changes.flatMap((ch) => (ch.kind === 'phrase' && !ch.disabled ? [{ code: ch.code, phrase: ch.phrase }] : []));
  for (const [code, phrases] of group(mine)) added(userConcept(code), code, phrases, `Matches your own phrase for ${code}`);

  return { ruleset: { ...base, codes, concepts, rules }, origins };
}
