import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createEngine } from '../../../utils/engine/index';
import { defaultRuleset } from '../../../data/index';

const engine = createEngine(defaultRuleset);
const dir = resolve(__dirname, '../../fixtures/notes');

describe('fixture notes (also used by the browser tests)', () => {
  it.each([
    ['pancoast-no-recon.txt', [{ code: '32503', mods: ['LT'] }]],
    ['pancoast-mesh.txt', [{ code: '32504', mods: ['AS', 'RT'] }]],
    ['pancoast-recon-negated.txt', [{ code: '32503', mods: ['82', 'RT'] }]],
    ['cryoablation-ir.txt', [{ code: '32994', mods: ['RT'] }]],
    ['takeback-bleeding.txt', [{ code: '32120', mods: ['78', 'AS', 'LT'] }]],
    ['artificial-pneumothorax.txt', [{ code: '32960', mods: ['LT'] }]],
    ['no-thoracic.txt', []],
  ])('%s', (file, expected) => {
    const text = readFileSync(resolve(dir, file), 'utf8');
    const got = engine.analyze(text);
    const reported = got.filter((s) => s.confidence >= 0.5);
    expect(reported.map((s) => ({ code: s.code, mods: s.modifiers }))).toEqual(expected);
    for (const s of got) {
      expect(s.evidence.length).toBeGreaterThan(0);
      for (const e of s.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(s.reasons.length).toBeGreaterThan(0);
    }
  });

  it('says why 32503 and not 32504 on a negated reconstruction', () => {
    const text = readFileSync(resolve(dir, 'pancoast-recon-negated.txt'), 'utf8');
    const [s] = engine.analyze(text);
    expect(s.reasons.join(' ')).toMatch(/reconstruction was not performed/i);
    expect(s.evidence.some((e) => /not performed|not necessary/.test(e.text))).toBe(true);
  });

  it('warns that CT guidance is included in cryoablation', () => {
    const text = readFileSync(resolve(dir, 'cryoablation-ir.txt'), 'utf8');
    const [s] = engine.analyze(text);
    expect(s.warnings?.join(' ')).toMatch(/77013/);
  });

  it('says 32960 does not allow an assistant modifier', () => {
    const [s] = engine.analyze('PROCEDURE: Left artificial pneumothorax.\nASSISTANT: Dr. Bell, MD');
    expect(s.code).toBe('32960');
    expect(s.modifiers).not.toContain('80');
    expect(s.reasons.join(' ')).toMatch(/-80 left out: 32960 does not allow it/);
  });

  it('one engine reading notes of every size in turn (reused arrays) says what a fresh engine says', () => {
    const files = ['pancoast-mesh.txt', 'cryoablation-ir.txt', 'takeback-bleeding.txt', 'no-thoracic.txt', 'pancoast-recon-negated.txt'];
    const texts = files.map((f) => readFileSync(resolve(dir, f), 'utf8'));
    const big = texts.join('\n\n').repeat(40);
    const fresh = (t: string) => JSON.stringify(createEngine(defaultRuleset).analyze(t));
    const expected = [...texts, big].map(fresh);
    for (const order of [
      [0, 5, 1, 2, 5, 3, 4, 0],
      [5, 4, 3, 2, 1, 0, 5],
    ]) {
      for (const i of order) expect(JSON.stringify(engine.analyze([...texts, big][i]))).toBe(expected[i]);
    }
  });
});
