import { describe, expect, it } from 'vitest';
import { Automaton, TrieBuilder, selectLongest, selectLongestLayers, type Matches } from '../../../utils/engine/automaton';
import { Vocab, tokenize } from '../../../utils/engine/normalize';

function build(phrases: string[]) {
  const v = new Vocab();
  const seqs = phrases.map((p) => p.split(' ').map((w) => v.add(w)));
  return { v, a: Automaton.fromPhrases(seqs) };
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
    const a = Automaton.fromPhrases([]);
    const t = tokenize('anything');
    expect(a.scan(t.id, t.count).count).toBe(0);
  });
});

describe('selectLongestLayers', () => {
  /** Random matches ordered by last token, longest first at each token (as scan gives them). */
  function randomMatches(seed: number) {
    let s = seed >>> 0;
    const r = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
    const n = 1 + Math.floor(r() * 30);
    const P = 1 + Math.floor(r() * 8);
    const lens = Array.from({ length: P }, () => 1 + Math.floor(r() * 4));
    const layers = Uint8Array.from({ length: P }, () => 1 + Math.floor(r() * 3));
    const ph: number[] = [];
    const fi: number[] = [];
    const la: number[] = [];
    for (let i = 0; i < n; i++) {
      const here: number[] = [];
      for (let p = 0; p < P; p++) if (r() < 0.3 && i - lens[p] + 1 >= 0) here.push(p);
      here.sort((a, b) => lens[b] - lens[a] || a - b);
      for (const p of here) {
        ph.push(p);
        fi.push(i - lens[p] + 1);
        la.push(i);
      }
    }
    const m: Matches = { count: ph.length, phrase: Int32Array.from(ph), first: Int32Array.from(fi), last: Int32Array.from(la) };
    return { m, layers, n };
  }

  it('chooses what selectLongest chooses, layer by layer, on 3000 random match sets', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const { m, layers, n } = randomMatches(seed);
      const got = selectLongestLayers(m, layers, n, [1, 2]);
      for (const [j, bit] of [
        [0, 1],
        [1, 2],
      ]) {
        const ref = selectLongest(m, (p) => (layers[p] & bit) !== 0, n);
        expect(Array.from(got[j].data.subarray(0, got[j].length))).toEqual(ref);
      }
    }
  });
});

describe('TrieBuilder', () => {
  it('gives one index per token sequence (intern) and keeps duplicates apart (add)', () => {
    const b = new TrieBuilder();
    expect(b.intern([1, 2])).toBe(0);
    expect(b.intern([1])).toBe(1);
    expect(b.intern([1, 2])).toBe(0);
    expect(b.add([1, 2])).toBe(2);
    expect(b.intern([])).toBe(-1);
    const a = b.build();
    const m = a.scan(Int32Array.from([1, 2]), 2);
    // Longest first at a token, then phrase order.
    expect(Array.from(m.phrase.subarray(0, m.count))).toEqual([1, 0, 2]);
  });
});
