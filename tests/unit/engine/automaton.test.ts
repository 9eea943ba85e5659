import { describe, expect, it } from 'vitest';
import { Automaton, selectLongest } from '../../../utils/engine/automaton';
import { Vocab, tokenize } from '../../../utils/engine/normalize';

function build(phrases: string[]) {
  const v = new Vocab();
  const seqs = phrases.map((p) => p.split(' ').map((w) => v.add(w)));
  return { v, a: new Automaton(seqs, v.size) };
}

function find(phrases: string[], text: string, longest = false): string[] {
  const { v, a } = build(phrases);
  const t = tokenize(text, { vocab: v });
  const m = a.scan(t.id, t.count);
  const idx = longest ? selectLongest(m, () => true) : Array.from({ length: m.count }, (_, k) => k);
  return idx.map((k) => `${phrases[m.phrase[k]]}@${m.first[k]}`);
}

describe('automaton', () => {
  it.each([
    [['chest wall', 'chest wall reconstruction', 'wall'], 'the chest wall reconstruction', ['chest wall@1', 'wall@2', 'chest wall reconstruction@1']],
    [['a b c', 'b c d', 'c'], 'a b c d', ['c@2', 'a b c@0', 'b c d@1']],
    [['no'], 'no no no', ['no@0', 'no@1', 'no@2']],
    [['he', 'she', 'his', 'hers'], 'ushers', []],
    [['he', 'she', 'his', 'hers'], 'u she hers he', ['she@1', 'hers@2', 'he@3']],
    [['pancoast'], 'PANCOAST pan-coast', ['pancoast@0', 'pancoast@1']],
    [['x y'], 'x z x y', ['x y@2']],
    [['x x y'], 'x x x y', ['x x y@1']],
  ])('%j in %j', (phrases, text, expected) => {
    expect(find(phrases, text).sort()).toEqual([...expected].sort());
  });

  it.each([
    [['chest wall', 'chest wall reconstruction', 'wall'], 'the chest wall reconstruction', ['chest wall reconstruction@1']],
    [['a b', 'b c d'], 'a b c d', ['a b@0']],
    [['pulmonary', 'pulmonary vein'], 'pulmonary vein isolation', ['pulmonary vein@0']],
  ])('leftmost-longest %j in %j', (phrases, text, expected) => {
    expect(find(phrases, text, true)).toEqual(expected);
  });

  it('an empty automaton finds nothing', () => {
    const a = new Automaton([], 0);
    const t = tokenize('anything');
    expect(a.scan(t.id, t.count).count).toBe(0);
  });
});
