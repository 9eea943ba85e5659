import type { Ruleset } from '../utils/engine/types';

const MODIFIER = /^[0-9A-Z]{2}$/;

/**
 * Throws a clear error when a ruleset is malformed: duplicate or badly
 * formed code, rule/edit pointing to an unknown code, a modifier that is
 * not two characters or not in the modifier list, a rule using a concept no
 * phrase defines, a suggestion rule for a deleted code.
 */
export function validateRuleset(r: Ruleset): void {
  const problems: string[] = [];
  if (!r || typeof r !== 'object') throw new Error('Ruleset: not an object');
  if (typeof r.edition !== 'string' || !r.edition) problems.push('edition is missing');
  if (typeof r.dataVersion !== 'number' || !Number.isFinite(r.dataVersion)) problems.push('dataVersion is not a number');
  if (!Array.isArray(r.codes)) throw new Error('Ruleset: codes is not an array');
  if (!Array.isArray(r.modifiers)) throw new Error('Ruleset: modifiers is not an array');

  const mods = new Set<string>();
  for (const m of r.modifiers) {
    if (!MODIFIER.test(m.modifier)) problems.push(`modifier "${m.modifier}" is not two characters (0-9, A-Z)`);
    if (mods.has(m.modifier)) problems.push(`modifier "${m.modifier}" is listed twice`);
    mods.add(m.modifier);
    if (!m.summary) problems.push(`modifier ${m.modifier} has no summary`);
  }

  const codes = new Map<string, { deleted?: boolean; addOn?: boolean }>();
  for (const c of r.codes) {
    if (!/^[0-9]{4}[0-9A-Z]$/.test(c.code)) problems.push(`code "${c.code}" is not a five-character CPT code`);
    if (codes.has(c.code)) problems.push(`code ${c.code} is listed twice`);
    codes.set(c.code, c);
    if (!c.summary || c.summary.includes('\n')) problems.push(`code ${c.code} needs a one-line summary`);
    if (!Array.isArray(c.allowedModifiers)) problems.push(`code ${c.code}: allowedModifiers is not a list`);
    else
      for (const m of c.allowedModifiers) {
        if (!MODIFIER.test(m)) problems.push(`code ${c.code}: modifier "${m}" is not two characters`);
        else if (!mods.has(m)) problems.push(`code ${c.code}: modifier ${m} is not in the modifier list`);
      }
    if (c.addOn && c.allowedModifiers?.includes('51')) problems.push(`add-on code ${c.code} must not allow 51`);
    if (c.globalDays !== null && ![0, 10, 90].includes(c.globalDays)) problems.push(`code ${c.code}: globalDays must be 0, 10, 90 or null`);
  }

  const conceptIds = new Set<string>();
  for (const set of r.concepts ?? []) {
    if (!set.concept) problems.push('a concept set has no id');
    conceptIds.add(set.concept);
    for (const a of set.also ?? []) conceptIds.add(a);
    if (!Array.isArray(set.phrases) || set.phrases.length === 0) problems.push(`concept ${set.concept} has no phrases`);
    for (const p of set.phrases ?? []) if (typeof p !== 'string' || !/[a-z0-9]/i.test(p)) problems.push(`concept ${set.concept}: empty phrase`);
  }
  const needConcept = (where: string, id: string) => {
    if (!conceptIds.has(id)) problems.push(`${where}: unknown concept "${id}"`);
  };
  const needCode = (where: string, code: string, suggestable: boolean) => {
    const c = codes.get(code);
    if (!c) problems.push(`${where}: unknown code ${code}`);
    else if (suggestable && c.deleted) problems.push(`${where}: code ${code} is deleted and must never be suggested`);
  };

  for (const rule of r.rules ?? []) {
    const where = `rule for ${rule.code}`;
    needCode(where, rule.code, true);
    if (!rule.reason) problems.push(`${where}: no reason`);
    if (!Array.isArray(rule.clauses) || rule.clauses.length === 0) problems.push(`${where}: no clauses`);
    for (const cl of rule.clauses ?? []) {
      if (!(cl.base > 0 && cl.base <= 1)) problems.push(`${where}: clause base ${cl.base} is not in (0, 1]`);
      if (cl.scope !== 'sentence' && cl.scope !== 'procedure') problems.push(`${where}: bad scope ${String(cl.scope)}`);
      for (const e of cl.all ?? []) for (const id of Array.isArray(e) ? e : [e]) needConcept(where, id);
      for (const id of cl.anySection ?? []) needConcept(where, id);
    }
    for (const g of [...(rule.requires ?? []), ...(rule.requiresSupport ?? [])]) for (const id of g) needConcept(where, id);
    for (const id of [...(rule.unless ?? []), ...(rule.unlessExcept ?? []), ...(rule.blockSentence ?? []), ...(rule.cueBlock ?? [])]) needConcept(where, id);
    for (const d of rule.demote ?? []) for (const id of d.concepts) needConcept(where, id);
    for (const s of rule.support ?? []) for (const id of s.concepts) needConcept(where, id);
    for (const p of rule.addOnTo ?? []) needCode(`${where} (addOnTo)`, p, true);
  }

  for (const cue of r.modifierCues ?? []) {
    if (!mods.has(cue.modifier)) problems.push(`modifier cue for unknown modifier "${cue.modifier}"`);
    for (const id of [...cue.strong, ...(cue.weak ?? []), ...(cue.requires ?? [])]) needConcept(`modifier cue ${cue.modifier}`, id);
  }

  for (const e of r.pairEdits ?? []) {
    for (const c of [...e.primary, ...e.secondary]) needCode('pair edit', c, false);
    if (e.kind !== 'never' && e.kind !== 'distinct') problems.push(`pair edit: bad kind ${String(e.kind)}`);
    for (const id of e.warnConcepts ?? []) needConcept('pair edit', id);
  }

  for (const t of r.triggers ?? []) {
    if (!t.phrase) problems.push('a context trigger has no phrase');
    if (!['negated', 'historical', 'hypothetical', 'otherPerson', 'pseudo'].includes(t.category)) problems.push(`trigger "${t.phrase}": bad category`);
    if (!['forward', 'backward', 'both'].includes(t.direction)) problems.push(`trigger "${t.phrase}": bad direction`);
  }
  for (const a of r.abbreviations ?? []) {
    if (!/^[a-z0-9/]+$/.test(a.abbr)) problems.push(`abbreviation "${a.abbr}" must be one lowercase token`);
    if (!a.expansion) problems.push(`abbreviation "${a.abbr}" has no expansion`);
  }

  if (problems.length) throw new Error(`Invalid ruleset (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n- ${problems.join('\n- ')}`);
}
