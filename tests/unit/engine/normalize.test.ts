import { describe, expect, it } from 'vitest';
import { tokenize, normalizeText, Vocab, SENT, LINE } from '../../../utils/engine/normalize';
import { compile } from '../../../utils/engine/compile';
import { defaultRuleset } from '../../../data/index';

const vocab = compile(defaultRuleset).vocab;

describe('normalize: tokens and offsets', () => {
  it.each([
    ['Right PANCOAST resection', 'right pancoast resection'],
    ['chest wall\nreconstruction', 'chest wall reconstruction'],
    ['chest\u00a0wall\u2003reconstruction', 'chest wall reconstruction'],
    ['recon-\nstruction', 'reconstruction'],
    ['recon-  \n   struction', 'reconstruction'],
    ['Pan-coast', 'pancoast'],
    ['take-back', 'takeback'],
    ['take\u2011back', 'takeback'],
    ['re\u2013do thoracotomy', 'redo thoracotomy'],
    ['cryo\u00adablation', 'cryoablation'],
    ["Pancoast's tumor", 'pancoast tumor'],
    ["didn't require", 'didnt require'],
    ['ribs 1-3', 'ribs 1 3'],
    ['x-ray', 'xray'],
    ['(PROCEDURE):', 'procedure'],
    ['naïve Café', 'naïve café'],
    ['Right V.A.T.S. lobectomy', 'right vats lobectomy'],
    ['R.U.L. e.g. a.m.', 'rul eg am'],
    ['5.5 cm; VATS.Left; a.Right', '5 5 cm vats left a right'],
    ['', ''],
    ['   \n\n  ', ''],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it.each([
    ['VATS lobectomy', 'video assisted thoracoscopic surgery lobectomy'],
    ['RUL nodule', 'right upper lobe nodule'],
    ['s/p Pancoast', 'status post pancoast'],
    ['S/P lobectomy', 'status post lobectomy'],
    ['hx of PTX', 'history of pneumothorax'],
    ['RFA of LLL', 'radiofrequency ablation of left lower lobe'],
    ['MWA', 'microwave ablation'],
    ['w/o mesh', 'without mesh'],
    ['CWR done', 'chest wall reconstruction done'],
  ])('abbreviation %j -> %j', (input, expected) => {
    expect(normalizeText(input, vocab)).toBe(expected);
  });

  it.each([
    'Right Pancoast resection.\nNo chest wall reconstruction was required.',
    'recon-\nstruction of the chest-wall with Gore-Tex\u00a0mesh; VATS RUL',
    "s/p PTX, patient's R-sided take\u2014back",
  ])('every token span slices the original text (%j)', (text) => {
    const t = tokenize(text, { vocab, words: true });
    for (let i = 0; i < t.count; i++) {
      expect(t.start[i]).toBeGreaterThanOrEqual(0);
      expect(t.end[i]).toBeLessThanOrEqual(text.length);
      expect(t.end[i]).toBeGreaterThan(t.start[i]);
      expect(/[A-Za-z0-9]/.test(text.slice(t.start[i], t.end[i]))).toBe(true);
    }
  });

  it.each([
    ['[ ] Lobectomy', 'uncheckedbox lobectomy'],
    ['[  ]Lobectomy', 'uncheckedbox lobectomy'],
    ['\u2610 Pleurodesis', 'uncheckedbox pleurodesis'],
    ['[x] Wedge resection', 'wedge resection'],
    ['[ X ] Wedge', 'wedge'],
    ['[\u00a0] Lobectomy', 'uncheckedbox lobectomy'],
    ['\u2612 Wedge', 'wedge'],
    ['[] empty', 'empty'],
    ['[note] kept', 'note kept'],
  ])('checkbox %j -> %j', (input, expected) => {
    expect(normalizeText(input, vocab)).toBe(expected);
  });

  it('a dotted initialism is one word with its own span, and its last dot does not end the sentence', () => {
    const text = 'Right V.A.T.S. lobectomy. Done.';
    const t = tokenize(text, { words: true });
    expect(t.words).toEqual(['right', 'vats', 'lobectomy', 'done']);
    expect(text.slice(t.start[1], t.end[1])).toBe('V.A.T.S');
    expect(Array.from({ length: t.count }, (_, i) => (t.flags[i] & SENT) !== 0)).toEqual([true, false, false, true]);
  });

  it('each checkbox starts its own item, so one box never reaches the next line', () => {
    const text = '[ ] Lobectomy\n[x] Wedge resection\n  [ ] Pleurodesis';
    const t = tokenize(text, { vocab, words: true });
    const starts = t.words!.map((w, i) => [w, (t.flags[i] & SENT) !== 0] as const);
    expect(starts).toEqual([
      ['uncheckedbox', true],
      ['lobectomy', false],
      ['wedge', true],
      ['resection', false],
      ['uncheckedbox', true],
      ['pleurodesis', false],
    ]);
    // The box token spans the box itself.
    expect(text.slice(t.start[0], t.end[0])).toBe('[ ]');
  });

  it.each([
    ['Mechanical pleurodesis: no.', 'mechanical pleurodesis answeredno'],
    ['Pleurodesis: NO\nChest tube: yes', 'pleurodesis answeredno chest tube yes'],
    ['Chest tube: none', 'chest tube answeredno'],
    ['Pleurodesis: N/A', 'pleurodesis answeredno'],
    ['Frozen section: no malignancy', 'frozen section no malignancy'],
    ['2. Talc pleurodesis: no. 3. Chest tube', '2 talc pleurodesis answeredno 3 chest tube'],
    ['Pleurodesis: no,Chest tube: yes', 'pleurodesis answeredno chest tube yes'],
    ['Pleurodesis: no\r\nChest tube', 'pleurodesis answeredno chest tube'],
    ['Findings: nodule', 'findings nodule'],
    ['Pleurodesis: nonetheless', 'pleurodesis nonetheless'],
  ])('template answer %j -> %j', (input, expected) => {
    expect(normalizeText(input, vocab)).toBe(expected);
  });

  it.each([
    ['left diagnostic thorascopy', 'left diagnostic thoracoscopy'],
    ['Thoracenthesis', 'thoracentesis'],
    ['decortification', 'decortication'],
  ])('dictation misspelling %j -> %j', (input, expected) => {
    expect(normalizeText(input, vocab)).toBe(expected);
  });

  it('expansion tokens all point at the abbreviation', () => {
    const text = 'Right VATS.';
    const t = tokenize(text, { vocab, words: true });
    expect(t.words).toEqual(['right', 'video', 'assisted', 'thoracoscopic', 'surgery']);
    for (let i = 1; i < t.count; i++) expect(text.slice(t.start[i], t.end[i])).toBe('VATS');
  });

  it.each([
    ['One. Two', [true, true]],
    ['Dr. Smith', [true, false]],
    ['Value 2.5 cm', [true, false, false, false]],
    ['first line\nsecond line', [true, false, false, false]],
    ['para one\n\npara two', [true, false, true, false]],
    ['items:\n1. one\n2. two', [true, true, false, true, false]],
    ['a; b', [true, true]],
  ])('sentence starts in %j', (text, expected) => {
    const t = tokenize(text);
    const got = Array.from({ length: t.count }, (_, i) => (t.flags[i] & SENT) !== 0);
    expect(got).toEqual(expected);
  });

  it('marks line starts', () => {
    const t = tokenize('a b\nc');
    expect(t.flags[2] & LINE).toBe(LINE);
    expect(t.flags[1] & LINE).toBe(0);
  });

  it('vocab finds words it holds and nothing else', () => {
    const v = new Vocab();
    const a = v.add('pancoast');
    expect(v.add('pancoast')).toBe(a);
    expect(v.get('pancoast')).toBe(a);
    expect(v.get('pancoas')).toBe(-1);
    for (let i = 0; i < 2000; i++) v.add(`w${i}`);
    expect(v.get('w1999')).toBeGreaterThan(0);
    const t = tokenize('PANCOAST w1999 unknown', { vocab: v });
    expect(t.id[0]).toBe(a);
    expect(t.id[1]).toBe(v.get('w1999'));
    expect(t.id[2]).toBe(-1);
  });

  it('handles a 200k-character word', () => {
    const text = 'a'.repeat(200_000);
    const t = tokenize(text, { vocab });
    expect(t.count).toBe(1);
    expect(t.end[0]).toBe(200_000);
  });
});
