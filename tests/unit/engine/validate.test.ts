import { describe, expect, it } from 'vitest';
import { defaultRuleset, validateRuleset } from '../../../data/index';
import type { Ruleset } from '../../../utils/engine/types';
import { createEngine } from '../../../utils/engine/index';

const clone = (): Ruleset => structuredClone(defaultRuleset);

describe('validateRuleset', () => {
  it('accepts the shipped ruleset', () => {
    expect(() => validateRuleset(defaultRuleset)).not.toThrow();
  });

  it.each<[string, (r: Ruleset) => void, RegExp]>([
    ['duplicate code', (r) => r.codes.push({ ...r.codes[0] }), /listed twice/],
    ['malformed code', (r) => (r.codes[0].code = '3250'), /five-character/],
    ['rule to unknown code', (r) => r.rules!.push({ ...r.rules![0], code: '99999' }), /unknown code 99999/],
    ['rule to deleted code', (r) => r.rules!.push({ ...r.rules![0], code: '19260' }), /deleted/],
    ['three-character modifier', (r) => r.codes[0].allowedModifiers.push('RTX'), /not two characters/],
    ['"00" is not a modifier we list', (r) => r.codes[0].allowedModifiers.push('00'), /not in the modifier list/],
    ['modifier list entry malformed', (r) => r.modifiers.push({ modifier: 'r', summary: 'x' }), /not two characters/],
    ['51 on add-on', (r) => r.codes.find((c) => c.addOn)!.allowedModifiers.push('51'), /must not allow 51/],
    ['unknown concept in rule', (r) => (r.rules![0].clauses[0].all = ['no_such_concept']), /unknown concept "no_such_concept"/],
    ['pair edit unknown code', (r) => r.pairEdits!.push({ primary: ['12345'], secondary: ['32503'], kind: 'never', why: 'x' }), /pair edit: unknown code 12345/],
    ['bad trigger direction', (r) => r.triggers!.push({ phrase: 'x', category: 'negated', direction: 'up' as 'forward' }), /bad direction/],
    ['bad global days', (r) => (r.codes[0].globalDays = 45), /globalDays/],
    ['empty summary', (r) => (r.codes[0].summary = ''), /one-line summary/],
    ['bad clause base', (r) => (r.rules![0].clauses[0].base = 2), /not in \(0, 1\]/],
  ])('rejects %s', (_name, mutate, message) => {
    const r = clone();
    mutate(r);
    expect(() => validateRuleset(r)).toThrow(message);
  });

  it('the deleted codes are marked and never suggested', () => {
    for (const code of ['19260', '19271', '19272', '32405']) {
      expect(defaultRuleset.codes.find((c) => c.code === code)?.deleted).toBe(true);
    }
  });

  it('every code named in the domain brief is in the code set', () => {
    const brief = '32503 32504 32994 32998 32999 32120 32100 32110 32601 32654 32960 21601 21602 21603 32820 32900 32554 32555 32556 32557 32551 32550 32560 32650 32480 32482 32484 32440 32505 32663 32669 32671 32666 32608 38746 32674 32408 77013 77022'.split(' ');
    const have = new Set(defaultRuleset.codes.map((c) => c.code));
    expect(brief.filter((c) => !have.has(c))).toEqual([]);
  });

  it('summaries are one line and short (our own words)', () => {
    for (const c of defaultRuleset.codes) {
      expect(c.summary).not.toMatch(/\n/);
      expect(c.summary.length).toBeLessThan(200);
    }
  });

  it('the engine holds no code numbers: a ruleset without rules suggests nothing', () => {
    const bare: Ruleset = { edition: 'x', dataVersion: 1, codes: defaultRuleset.codes, modifiers: defaultRuleset.modifiers };
    expect(createEngine(bare).analyze('PROCEDURE: Right Pancoast tumor resection.')).toEqual([]);
  });
});
