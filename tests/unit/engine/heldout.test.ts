import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../utils/engine/index';
import { defaultRuleset } from '../../../data/index';
import { loadHeldout, score } from './heldout';

const engine = createEngine(defaultRuleset);
const notes = loadHeldout();

describe('held-out thoracic notes (expectations written before the engine saw them)', () => {
  it('has at least 40 notes', () => expect(notes.length).toBeGreaterThanOrEqual(40));
  it.each(notes.map((k) => [`${k.cls}: ${k.name}`, k] as const))('%s', (_n, k) => {
    const s = score(engine, k);
    expect(s.got.map((g) => g.code)).toEqual(k.expect.map((e) => e.code));
    expect(s.mods).toBe(true);
  });
  it('evidence slices equal the original text', () => {
    for (const k of notes) for (const s of engine.analyze(k.text)) for (const e of s.evidence) expect(k.text.slice(e.start, e.end)).toBe(e.text);
  });
});
