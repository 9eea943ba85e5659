import { describe, expect, it } from 'vitest';
import { defaultRuleset } from '@/data';
import { applySettings, formatCopy, resolveSettings } from '@/utils/settings/settings';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/store/types';
import type { Suggestion } from '@/utils/engine/types';

const codes = new Map(defaultRuleset.codes.map((c) => [c.code, c]));
const s = (code: string, modifiers: string[]): Suggestion => ({ code, modifiers, confidence: 0.9, evidence: [], reasons: [] });
const settings = (over: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...over });
const mods = (list: Suggestion[]) => list.map((x) => [x.code, ...x.modifiers].join('-'));

describe('applySettings', () => {
  it('changes nothing with the default settings', () => {
    const input = [s('32504', ['22', 'RT']), s('32994', ['50'])];
    expect(applySettings(input, DEFAULT_SETTINGS, codes)).toEqual(input);
  });

  it.each([
    // laterality, input, expected
    ['rtlt', s('32994', ['50']), '32994-RT-LT'],
    ['50', s('32994', ['RT', 'LT']), '32994-50'],
    // 32503 does not allow 50: always two sides
    ['50', s('32503', ['RT', 'LT']), '32503-RT-LT'],
    ['rtlt', s('32994', ['22', '50']), '32994-22-RT-LT'],
    ['rtlt', s('32504', ['RT']), '32504-RT'],
  ] as const)('laterality %s: %j -> %s', (laterality, input, expected) => {
    expect(mods(applySettings([input], settings({ laterality }), codes))).toEqual([expected]);
  });

  it('takes hidden modifiers off and says so', () => {
    const [out] = applySettings([s('32504', ['22', '80', 'RT'])], settings({ hiddenModifiers: ['80', '22'] }), codes);
    expect(out.modifiers).toEqual(['RT']);
    expect(out.reasons.at(-1)).toMatch(/-22, -80 not suggested/);
  });

  it('hiding 50 reports a bilateral procedure on two lines', () => {
    expect(mods(applySettings([s('32994', ['50'])], settings({ hiddenModifiers: ['50'] }), codes))).toEqual(['32994-RT-LT']);
  });
});

describe('formatCopy', () => {
  const list = [s('32504', ['22', 'RT']), s('32994', ['RT', 'LT']), s('38746', [])];
  it.each([
    [{ copyFormat: 'comma', includeModifiers: true }, '32504-22-RT, 32994-RT, 32994-LT, 38746'],
    [{ copyFormat: 'lines', includeModifiers: true }, '32504-22-RT\n32994-RT\n32994-LT\n38746'],
    [{ copyFormat: 'comma', includeModifiers: false }, '32504, 32994, 38746'],
    [{ copyFormat: 'lines', includeModifiers: false }, '32504\n32994\n38746'],
  ] as const)('%j', (opts, expected) => {
    expect(formatCopy(list, opts)).toBe(expected);
  });
});

describe('resolveSettings', () => {
  it('puts the organisation’s managed settings over the user’s, and locks them', () => {
    const r = resolveSettings({ copyFormat: 'lines', laterality: 'rtlt' }, { laterality: '50' });
    expect(r.settings).toEqual({ ...DEFAULT_SETTINGS, copyFormat: 'lines', laterality: '50' });
    expect([...r.locked]).toEqual(['laterality']);
  });
});
