import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../utils/engine/index';
import { defaultRuleset } from '../../../data/index';
import { cases } from './cases';

const engine = createEngine(defaultRuleset);

function reported(text: string) {
  return engine
    .analyze(text)
    .filter((s) => s.confidence >= 0.5)
    .map((s) => ({ code: s.code, mods: s.modifiers }));
}

describe('hard cases', () => {
  it.each(cases.map((k) => [`${k.cls}: ${k.name}`, k] as const))('%s', (_name, k) => {
    const got = reported(k.text);
    expect(got.map((g) => g.code)).toEqual(k.expect.map((e) => e.code));
    // A note without a thoracic procedure gets no suggestion at all, not even a low-confidence one.
    if (k.cls === 'non-thoracic') expect(engine.analyze(k.text).map((s) => `${s.code} ${s.confidence}`)).toEqual([]);
    k.expect.forEach((e, i) => {
      if (e.mods) expect([...got[i].mods].sort()).toEqual([...e.mods].sort());
    });
  });
});
