import { describe, expect, it } from 'vitest';
import { activeModifiers, modifierReason, orderForDisplay, toggleModifier } from '@/utils/popup/modifierChoices';
import { keyAction } from '@/utils/popup/keyboard';
import type { Suggestion } from '@/utils/engine/types';

const s = (code: string, extra: Partial<Suggestion> = {}): Suggestion => ({ code, modifiers: [], confidence: 0.9, evidence: [], reasons: [], ...extra });

describe('modifier choices', () => {
  const sug = s('32504', { modifiers: ['AS', 'RT'], reasons: ['Pancoast resection with mesh', '-RT: side from "Right"', '-AS: assistant is a PA: "PA-C"'] });

  it('finds each modifier its reason', () => {
    expect(modifierReason(sug, 'RT')).toBe('side from "Right"');
    expect(modifierReason(sug, 'AS')).toBe('assistant is a PA: "PA-C"');
    expect(modifierReason(sug, '22')).toMatch(/Modifier 22/);
  });

  it('toggling a modifier off and on changes what is copied', () => {
    let off = toggleModifier({}, '32504', 'AS');
    expect(activeModifiers(sug, off)).toEqual(['RT']);
    off = toggleModifier(off, '32504', 'AS');
    expect(activeModifiers(sug, off)).toEqual(['AS', 'RT']);
    expect(activeModifiers(s('32100', { modifiers: ['59'] }), toggleModifier({}, '32504', 'AS'))).toEqual(['59']);
  });

  it('puts primary codes before add-ons, otherwise keeping the engine order', () => {
    const list = [s('38746', { addOn: true }), s('32480'), s('32674', { addOn: true }), s('32551')];
    expect(orderForDisplay(list).map((x) => x.code)).toEqual(['32480', '32551', '38746', '32674']);
  });
});

describe('popup keys', () => {
  const plain = { inTextField: false, onControl: false };
  it.each([
    [{ key: 'Enter', ...plain }, { kind: 'copy', index: 0 }],
    [{ key: '1', ...plain }, { kind: 'copy', index: 0 }],
    [{ key: '3', ...plain }, { kind: 'copy', index: 2 }],
    [{ key: '9', ...plain }, { kind: 'copy', index: 8 }],
    [{ key: '0', ...plain }, null],
    [{ key: '/', ...plain }, { kind: 'focusSearch' }],
    [{ key: 'Escape', ...plain }, { kind: 'close' }],
    [{ key: 'Escape', inTextField: true, onControl: false }, { kind: 'close' }],
    [{ key: '2', inTextField: true, onControl: false }, null],
    [{ key: '/', inTextField: true, onControl: false }, null],
    [{ key: 'Enter', inTextField: false, onControl: true }, null],
    [{ key: '1', ctrlKey: true, ...plain }, null],
    [{ key: 'a', ...plain }, null],
  ])('%j -> %j', (event, action) => {
    expect(keyAction(event)).toEqual(action);
  });
});
