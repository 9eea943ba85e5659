import type { Ruleset } from '../utils/engine/types';
import { codes } from './codes';
import { modifiers } from './modifiers';
import { abbreviations, concepts } from './concepts';
import { terminations, triggers } from './context';
import { headings, sides } from './sections';
import { modifierCues, pairEdits, rules } from './rules';
import { validateRuleset } from './validate';

export { validateRuleset } from './validate';

/** The shipped ruleset: codes, modifiers and everything the engine knows, as data. */
export const defaultRuleset: Ruleset = {
  edition: '2024',
  dataVersion: 1,
  codes,
  modifiers,
  abbreviations,
  concepts,
  triggers,
  terminations,
  headings,
  sides,
  rules,
  modifierCues,
  pairEdits,
};

validateRuleset(defaultRuleset);
