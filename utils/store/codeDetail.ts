/**
 * One code as the options page shows it: its entry, where it comes from,
 * the phrases that suggest it (built-in, managed, the user's) and its
 * built-in rules, each with whether the user turned it off. Pure.
 */
import type { CodeEntry, CodeRule, Ruleset } from '../engine/types';
import type { Origin } from '../search/codeSearch';
import type { Codebook } from './codebook';
import { changeId, normalizePhrase, type ChangeRow } from './types';

export interface ConceptView {
  concept: string;
  /** Other codes whose rules use this concept: turning a phrase off affects them too. */
  sharedWith: string[];
  phrases: { phrase: string; disabled: boolean }[];
}

export interface RuleView {
  n: number;
  reason: string;
  /** The rule's clauses in words: "apex tumor + resection (one sentence)". */
  clauses: string[];
  disabled: boolean;
}

export interface CodeDetail {
  entry: CodeEntry;
  origin: Origin;
  descriptor?: string;
  concepts: ConceptView[];
  rules: RuleView[];
  userPhrases: Extract<ChangeRow, { kind: 'phrase' }>[];
  managedPhrases: { phrase: string; pack: string }[];
}

const words = (id: string) => id.replace(/_/g, ' ');

/** Concepts a rule needs to be met (its clauses and `requires`), not the ones that stop it. */
function ruleConcepts(rule: CodeRule): string[] {
  const out = new Set<string>();
  for (const c of rule.clauses) for (const e of c.all) for (const id of Array.isArray(e) ? e : [e]) out.add(id);
  for (const g of rule.requires ?? []) for (const id of g) out.add(id);
  return [...out];
}

export function codeDetail(book: Pick<Codebook, 'base' | 'merged' | 'changes' | 'managed' | 'descriptors'>, code: string): CodeDetail | undefined {
  const entry = book.merged.ruleset.codes.find((c) => c.code === code);
  if (!entry) return undefined;
  const base: Ruleset = book.base;
  const changes = new Map(book.changes.map((c) => [c.id, c]));
  const baseRules = (base.rules ?? []).filter((r) => r.code === code);

  const usedBy = new Map<string, Set<string>>();
  for (const r of base.rules ?? []) for (const id of ruleConcepts(r)) (usedBy.get(id) ?? usedBy.set(id, new Set()).get(id)!).add(r.code);

  // The rules' concepts, and phrase sets that also stand for one of them ("pancoast resection" is
  // apex_resection, which also counts as apex_tumor): each shown under its own concept.
  const direct = new Set(baseRules.flatMap(ruleConcepts));
  const conceptIds = [...direct];
  for (const set of base.concepts ?? []) if (!direct.has(set.concept) && (set.also ?? []).some((a) => direct.has(a)) && !conceptIds.includes(set.concept)) conceptIds.push(set.concept);
  const alsoOf = (concept: string) => (base.concepts ?? []).filter((s) => s.concept === concept).flatMap((s) => s.also ?? []);
  const concepts: ConceptView[] = conceptIds.map((concept) => {
    const phrases = new Map<string, string>();
    for (const set of base.concepts ?? []) {
      if (set.concept !== concept) continue;
      for (const p of set.phrases) if (!phrases.has(normalizePhrase(p))) phrases.set(normalizePhrase(p), p);
    }
    return {
      concept,
      sharedWith: [...new Set([concept, ...alsoOf(concept)].flatMap((id) => [...(usedBy.get(id) ?? [])]))].filter((c) => c !== code).sort(),
      phrases: [...phrases.values()].map((phrase) => ({ phrase, disabled: changes.has(changeId({ kind: 'disablePhrase', code, concept, phrase })) })),
    };
  });

  const rules: RuleView[] = baseRules.map((r, n) => ({
    n,
    reason: r.reason,
    clauses: r.clauses.map(
      (c) => `${c.all.map((e) => (Array.isArray(e) ? `(${e.map(words).join(' or ')})` : words(e))).join(' + ')} (${c.scope === 'sentence' ? 'in one sentence' : 'anywhere in the procedure'})`,
    ),
    disabled: changes.has(changeId({ kind: 'disableRule', code, n })),
  }));

  const detail: CodeDetail = {
    entry,
    origin: book.merged.origins.get(code) ?? 'builtin',
    concepts,
    rules,
    userPhrases: book.changes.filter((c): c is Extract<ChangeRow, { kind: 'phrase' }> => c.kind === 'phrase' && c.code === code),
    managedPhrases: book.managed.packs.flatMap((p) => p.phrases.filter((x) => x.code === code).map((x) => ({ phrase: x.phrase, pack: p.name }))),
  };
  const d = book.descriptors.get(code);
  if (d) detail.descriptor = d;
  return detail;
}
