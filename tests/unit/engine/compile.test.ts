import { describe, expect, it } from 'vitest';
import { defaultRuleset } from '../../../data/index';
import { compile, type Compiled } from '../../../utils/engine/compile';
import { oneLine, readNote } from '../../../utils/engine/note';
import { evaluateRules } from '../../../utils/engine/rules';
import type { Ruleset } from '../../../utils/engine/types';
import { cases } from './cases';

const c = compile(defaultRuleset);

/** The same compiled ruleset with every rule evaluated on every note (no gate). */
function ungated(x: Compiled): Compiled {
  return { ...x, rulesOf: x.rulesOf.map(() => []), ungatedRules: x.rules.map((_, i) => i) };
}

function candidates(x: Compiled, text: string) {
  const note = readNote(text, x, { onlyOpNotes: true });
  return note.opNote ? evaluateRules(note, x) : [];
}

describe('compile: the rule gate', () => {
  it('lists every rule under each concept of the first entry of each of its clauses, in rule order', () => {
    c.rules.forEach((cr, r) => {
      for (const cl of cr.clauses) for (const id of cl.all[0] ?? []) expect(c.rulesOf[id]).toContain(r);
    });
    for (const list of c.rulesOf) expect(list).toEqual([...new Set(list)].sort((a, b) => a - b));
  });

  it('drops no candidate: the gated engine finds what evaluating every rule finds, on every case', () => {
    const all = ungated(c);
    let found = 0;
    for (const k of cases) {
      const gated = candidates(c, k.text);
      expect(gated, k.name).toEqual(candidates(all, k.text));
      found += gated.length;
    }
    // The comparison means something only if the cases produce candidates.
    expect(found).toBeGreaterThan(cases.length / 2);
  });

  it('evaluates a rule with a clause that names no concept on every note', () => {
    const r: Ruleset = structuredClone(defaultRuleset);
    r.rules = [{ code: '32100', reason: 'always', clauses: [{ all: [], scope: 'procedure', base: 0.9 }] }];
    const x = compile(r);
    expect(x.ungatedRules).toEqual([0]);
  });
});

describe('compile: modifier cues', () => {
  it('resolves cue concepts to ids and keeps "requires nothing" apart from a requires list', () => {
    const m78 = c.cues.get('78')!;
    expect(m78.requires).not.toBeNull();
    expect(m78.requires!.map((id) => c.conceptNames[id])).toEqual(['postop_problem', 'empyema_drain']);
    expect(c.cues.get('22')!.requires).toBeNull();
    expect(c.cues.get('22')!.allow).not.toBe(0);
    expect(c.cues.get('62')!.allow).toBe(0);
  });

  it('gives every concept a label in words', () => {
    expect(c.conceptLabel.length).toBe(c.conceptNames.length);
    expect(c.conceptLabel[c.conceptIds.get('chest_wall_recon')!]).toBe('chest wall recon');
  });
});

describe('oneLine', () => {
  it.each([
    ['Pancoast tumor resection', 'Pancoast tumor resection'],
    ['chest wall\nreconstruction', 'chest wall reconstruction'],
    ['chest  wall', 'chest wall'],
    [' lead', 'lead'],
    ['trail ', 'trail'],
    ['tab\there', 'tab here'],
    ['nbsp\u00a0here', 'nbsp here'],
    ['thin\u2009space', 'thin space'],
    ['', ''],
    ['é ü', 'é ü'],
  ])('%j -> %j', (input, out) => {
    expect(oneLine(input)).toBe(out);
    // The fast path agrees with the plain regex everywhere.
    expect(oneLine(input)).toBe(input.replace(/\s+/g, ' ').trim());
  });
});
