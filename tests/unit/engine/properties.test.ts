import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEngine } from '../../../utils/engine/index';
import { tokenize } from '../../../utils/engine/normalize';
import { defaultRuleset } from '../../../data/index';

const engine = createEngine(defaultRuleset);

/** Note-like text: words from our vocabulary, headings, punctuation, odd spaces and hyphens. */
const pieces = [
  'PROCEDURE:', 'PROCEDURE PERFORMED -', 'DESCRIPTION OF PROCEDURE:', 'INDICATIONS:', 'PLAN:', 'FAMILY HISTORY:', 'ASSISTANT:',
  'Right', 'left', 'bilateral', 'Pancoast', 'pan-', 'coast', 'superior sulcus', 'tumor', 'resection', 'resected', 'en bloc',
  'chest wall', 'reconstruction', 'recon-\nstruction', 'Marlex mesh', 'no', 'not', 'was not performed', 'without', 's/p',
  'history of', 'mother', 'will', 'discussed', 'cryoablation', 'RFA', 'microwave', 'lung', 'RUL', 'nodule', 'VATS', 'lobectomy',
  'thoracotomy', 'take-back', 're-do', 'bleeding', 'POD 1', 'artificial pneumothorax', 'air', 'pleural space', 'PA-C', 'MD',
  '.', ',', ';', ':', '(', ')', '\n', '\n\n', '\u00a0', '\u2011', '\u2014', '-', '1.', 'é', '\u00ad', "'s", '/', '  ',
];
const noteArb = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((xs) => xs.join(' '));
const anyText = fc.oneof(noteArb, fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }));

describe('engine properties', () => {
  it('never throws and evidence always slices the original text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = engine.analyze(text);
        for (const s of out) {
          expect(s.confidence).toBeGreaterThanOrEqual(0);
          expect(s.confidence).toBeLessThanOrEqual(1);
          expect(s.evidence.length).toBeGreaterThan(0);
          for (const e of s.evidence) {
            expect(e.start).toBeGreaterThanOrEqual(0);
            expect(e.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(e.start, e.end)).toBe(e.text);
          }
          for (const m of s.modifiers) expect(m).toMatch(/^[0-9A-Z]{2}$/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic, and a fresh engine agrees', () => {
    const other = createEngine(defaultRuleset);
    fc.assert(
      fc.property(noteArb, (text) => {
        const a = JSON.stringify(engine.analyze(text));
        expect(JSON.stringify(engine.analyze(text))).toBe(a);
        expect(JSON.stringify(other.analyze(text))).toBe(a);
      }),
      { numRuns: 150 },
    );
  });

  it('only suggests codes the ruleset knows, never deleted ones, modifiers the code allows', () => {
    const codes = new Map(defaultRuleset.codes.map((c) => [c.code, c]));
    fc.assert(
      fc.property(noteArb, (text) => {
        for (const s of engine.analyze(text)) {
          const c = codes.get(s.code);
          expect(c).toBeDefined();
          expect(c!.deleted).not.toBe(true);
          for (const m of s.modifiers) expect(c!.allowedModifiers).toContain(m);
          if (c!.addOn) expect(s.modifiers).not.toContain('51');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('token spans are ordered, inside the text and never empty', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const t = tokenize(text);
        let prev = 0;
        for (let i = 0; i < t.count; i++) {
          expect(t.start[i]).toBeGreaterThanOrEqual(prev);
          expect(t.end[i]).toBeGreaterThan(t.start[i]);
          expect(t.end[i]).toBeLessThanOrEqual(text.length);
          prev = t.start[i];
        }
      }),
      { numRuns: 300 },
    );
  });

  // Case alone never changes a phrase's meaning; what it may change is structure (an ALL-CAPS run
  // ending in a colon reads as a heading), so headings are fixed here and only the body's case varies.
  it('upper-casing the body of a note does not change the codes', () => {
    const headings = ['PROCEDURE:', 'DESCRIPTION OF PROCEDURE:', 'INDICATIONS:', 'PLAN:', 'FAMILY HISTORY:', 'FINDINGS:'];
    const bodyPieces = pieces.filter((p) => !/[:\n-]$/.test(p) && !p.includes('\n') && p !== '1.');
    const section = fc.tuple(fc.constantFrom(...headings), fc.array(fc.constantFrom(...bodyPieces), { maxLength: 30 }));
    fc.assert(
      fc.property(fc.array(section, { minLength: 1, maxLength: 4 }), (sections) => {
        const note = (upper: boolean) => sections.map(([h, body]) => `${h} ${upper ? body.join(' ').toUpperCase() : body.join(' ')}`).join('\n');
        const a = engine.analyze(note(false)).map((s) => s.code);
        const b = engine.analyze(note(true)).map((s) => s.code);
        expect(b).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });
});
