/**
 * Everything the popup and the options page need from the code store, read
 * once: the built-in data merged with managed packs and the user's changes,
 * licensed descriptors, resolved settings, and the search entries.
 */
import type { Ruleset } from '../engine/types';
import { searchEntries, type SearchEntry } from '../search/codeSearch';
import { resolveSettings, type ResolvedSettings } from '../settings/settings';
import { readChanges, readDescriptors, readUserSettings } from './changes';
import type { CodeStore } from './db';
import { parseManaged, type ManagedReader } from './managed';
import { mergeRuleset, type Merged } from './merge';
import { readBaseRuleset } from './seed';
import { EMPTY_MANAGED, type ChangeRow, type ManagedConfig } from './types';

export interface Codebook {
  base: Ruleset;
  merged: Merged;
  changes: ChangeRow[];
  managed: ManagedConfig;
  descriptors: Map<string, string>;
  settings: ResolvedSettings;
  entries: SearchEntry[];
}

export async function loadCodebook(db: CodeStore, readManaged: ManagedReader): Promise<Codebook> {
  const [base, changes, descriptors, userSettings, rawManaged] = await Promise.all([
    readBaseRuleset(db),
    readChanges(db),
    readDescriptors(db),
    readUserSettings(db),
    readManaged().catch(() => ({})),
  ]);
  const managed = parseManaged(rawManaged, {
    modifiers: new Set(base.modifiers.map((m) => m.modifier)),
    builtinCodes: new Map(base.codes.map((c) => [c.code, c])),
  });
  const merged = mergeRuleset(base, managed.packs, changes);
  return {
    base,
    merged,
    changes,
    managed,
    descriptors,
    settings: resolveSettings(userSettings, managed.settings),
    entries: searchEntries(merged.ruleset, { descriptors, origins: merged.origins }),
  };
}

/** What to show for a code: the licensed descriptor when imported, else our summary. */
export function describeCode(book: Pick<Codebook, 'descriptors' | 'merged'>, code: string): { text: string; licensed: boolean } | undefined {
  const d = book.descriptors.get(code);
  if (d) return { text: d, licensed: true };
  const entry = book.merged.ruleset.codes.find((c) => c.code === code);
  return entry ? { text: entry.summary, licensed: false } : undefined;
}

/**
 * The shipped data alone, for when the code store cannot be opened: the
 * coder still gets suggestions, without their own rules or descriptors.
 */
export function builtInCodebook(base: Ruleset): Codebook {
  const merged = mergeRuleset(base, [], []);
  return {
    base,
    merged,
    changes: [],
    managed: EMPTY_MANAGED,
    descriptors: new Map(),
    settings: resolveSettings({}, {}),
    entries: searchEntries(merged.ruleset, { descriptors: new Map(), origins: merged.origins }),
  };
}
