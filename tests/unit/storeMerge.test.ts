import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { defaultRuleset } from '@/data';
import { createEngine } from '@/utils/engine';
import { mergeRuleset } from '@/utils/store/merge';
import type { ChangeRow, ManagedPack } from '@/utils/store/types';

const codesOf = (changes: ChangeRow[], text: string, managed: ManagedPack[] = []) =>
  createEngine(mergeRuleset(defaultRuleset, managed, changes).ruleset)
    .analyze(text)
    .filter((s) => s.confidence >= 0.5)
    .map((s) => s.code);

const phrase = (code: string, text: string, disabled = false): ChangeRow => ({ id: `phrase:${code}:${text}`, kind: 'phrase', code, phrase: text, disabled, updatedAt: 1 });
const custom: ChangeRow = {
  id: 'code:0999T',
  kind: 'code',
  code: '0999T',
  entry: { code: '0999T', summary: 'Our own test procedure', category: 'Custom', globalDays: 0, allowedModifiers: ['RT', 'LT'] },
  updatedAt: 1,
};
const NOTE = 'PROCEDURE PERFORMED: Right zebrafinch pleural lavage.\n\nDESCRIPTION: The zebrafinch pleural lavage was completed without difficulty.';

describe('mergeRuleset', () => {
  it('leaves the built-in ruleset as it is when there is nothing to merge', () => {
    const { ruleset, origins } = mergeRuleset(defaultRuleset, [], []);
    expect(ruleset.codes).toEqual(defaultRuleset.codes);
    expect(ruleset.rules).toEqual(defaultRuleset.rules);
    expect(origins.get('32503')).toBe('builtin');
  });

  it("a user phrase for a built-in code makes the engine suggest that code, with the phrase as evidence", () => {
    expect(codesOf([], NOTE)).not.toContain('32999');
    const merged = mergeRuleset(defaultRuleset, [], [phrase('32999', 'zebrafinch pleural lavage')]).ruleset;
    const found = createEngine(merged).analyze(NOTE).find((s) => s.code === '32999');
    expect(found).toBeDefined();
    expect(found!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(found!.evidence.map((e) => e.text.toLowerCase())).toContain('zebrafinch pleural lavage');
    expect(found!.reasons.join(' ')).toMatch(/your own phrase/);
    expect(found!.modifiers).toContain('RT');
  });

  it('a custom code with its own phrase is suggested', () => {
    expect(codesOf([custom, phrase('0999T', 'zebrafinch pleural lavage')], NOTE)).toContain('0999T');
  });

  it('negation still stops an added phrase', () => {
    const text = 'PROCEDURE PERFORMED: Right thoracotomy.\n\nDESCRIPTION: No zebrafinch pleural lavage was performed.';
    expect(codesOf([phrase('32999', 'zebrafinch pleural lavage')], text)).not.toContain('32999');
  });

  it('a disabled added phrase suggests nothing', () => {
    expect(codesOf([phrase('32999', 'zebrafinch pleural lavage', true)], NOTE)).not.toContain('32999');
  });

  it('a phrase for a code that does not exist or was deleted is left out', () => {
    expect(codesOf([phrase('19260', 'zebrafinch pleural lavage')], NOTE)).toEqual([]);
    expect(codesOf([phrase('0888T', 'zebrafinch pleural lavage')], NOTE)).toEqual([]);
  });

  it('a disabled built-in phrase no longer triggers its concept', () => {
    const text = 'PROCEDURE PERFORMED: Right pancost tumor was resected en bloc.';
    expect(codesOf([], text)).toContain('32503');
    const off: ChangeRow = { id: 'x', kind: 'disablePhrase', code: '32503', concept: 'apex_tumor', phrase: 'Pancost', updatedAt: 1 };
    expect(codesOf([off], text)).not.toContain('32503');
  });

  it('a disabled built-in rule is left out', () => {
    const note = readFileSync('tests/fixtures/notes/cryoablation-ir.txt', 'utf8');
    expect(codesOf([], note)).toContain('32994');
    const off = [0, 1].map((n): ChangeRow => ({ id: `r${n}`, kind: 'disableRule', code: '32994', n, updatedAt: 1 }));
    const rules = defaultRuleset.rules!.filter((r) => r.code === '32994');
    expect(codesOf(off.slice(0, rules.length), note)).not.toContain('32994');
  });

  it('merges managed packs read-only, and the user’s own phrases still work beside them', () => {
    const pack: ManagedPack = {
      id: 'org',
      name: 'Org pack',
      codes: [{ code: '0777T', summary: 'Organisation code', category: 'Org', globalDays: null, allowedModifiers: [] }],
      phrases: [{ code: '0777T', phrase: 'zebrafinch pleural lavage' }],
    };
    const merged = mergeRuleset(defaultRuleset, [pack], [phrase('32999', 'zebrafinch pleural lavage')]);
    expect(merged.origins.get('0777T')).toBe('managed');
    const codes = createEngine(merged.ruleset).analyze(NOTE).filter((s) => s.confidence >= 0.5).map((s) => s.code);
    expect(codes).toEqual(expect.arrayContaining(['0777T', '32999']));
  });

  it('a built-in code wins over a custom code of the same number; managed wins over the user', () => {
    const clash: ChangeRow = { ...custom, id: 'code:32503', code: '32503', entry: { ...(custom as Extract<ChangeRow, { kind: 'code' }>).entry, code: '32503', summary: 'mine' } };
    const pack: ManagedPack = { id: 'p', name: 'P', codes: [{ code: '0999T', summary: 'org', category: 'Org', globalDays: null, allowedModifiers: [] }], phrases: [] };
    const merged = mergeRuleset(defaultRuleset, [pack], [clash, custom]);
    expect(merged.ruleset.codes.find((c) => c.code === '32503')!.summary).not.toBe('mine');
    expect(merged.ruleset.codes.find((c) => c.code === '0999T')!.summary).toBe('org');
    expect(merged.origins.get('0999T')).toBe('managed');
  });
});
