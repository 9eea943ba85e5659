import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { defaultRuleset } from '@/data';
import { CodeStore } from '@/utils/store/db';
import { seedStore } from '@/utils/store/seed';
import * as changes from '@/utils/store/changes';
import { loadCodebook, describeCode } from '@/utils/store/codebook';
import { codeDetail } from '@/utils/store/codeDetail';
import { parseManaged } from '@/utils/store/managed';
import { createEngine } from '@/utils/engine';
import { DEFAULT_SETTINGS } from '@/utils/store/types';

let db: CodeStore;
let n = 0;
beforeEach(async () => {
  db = new CodeStore(`codecue-changes-${++n}`);
  await seedStore(db, defaultRuleset);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const none = async () => ({});
const NOTE = 'PROCEDURE PERFORMED: Left zebrafinch pleural lavage.';

describe('user changes in the store', () => {
  it('adds, edits, turns off and deletes a phrase, and the engine follows each step', async () => {
    const suggests = async () => createEngine((await loadCodebook(db, none)).merged.ruleset).analyze(NOTE).some((s) => s.code === '32999' && s.confidence >= 0.5);
    expect(await suggests()).toBe(false);
    const row = await changes.addPhrase(db, '32999', '  zebrafinch   pleural lavage ');
    expect(row).toMatchObject({ kind: 'phrase', code: '32999', phrase: 'zebrafinch pleural lavage' });
    expect(await suggests()).toBe(true);
    const edited = await changes.editPhrase(db, row.id, 'zebrafinch lavage');
    expect(await db.changes.get(row.id)).toBeUndefined();
    expect(await suggests()).toBe(false);
    await changes.editPhrase(db, edited.id, 'zebrafinch pleural lavage');
    const id = (await db.changes.toArray())[0].id;
    await changes.setPhraseDisabled(db, id, true);
    expect(await suggests()).toBe(false);
    await changes.setPhraseDisabled(db, id, false);
    expect(await suggests()).toBe(true);
    await changes.deleteChange(db, id);
    expect(await suggests()).toBe(false);
  });

  it.each([
    ['an unknown code', '0888T', 'a phrase', /code 0888T is not in the code store/],
    ['a deleted code', '19260', 'a phrase', /19260 was deleted/],
    ['a bad code', '32', 'a phrase', /Phrase: code "32" is not a five-character code/],
    ['an empty phrase', '32999', '   ', /Phrase is empty/],
    ['a phrase with no word', '32999', '!!', /needs at least one word/],
    ['a phrase of two lines', '32999', 'one\ntwo', /must be one line/],
    ['a huge phrase', '32999', 'x'.repeat(5000), /5000 characters long; the most is 120/],
  ])('refuses a phrase for %s', async (_l, code, phrase, message) => {
    await expect(changes.addPhrase(db, code, phrase)).rejects.toThrow(message);
    expect(await db.changes.count()).toBe(0);
  });

  it('adds a custom code but never over a built-in one', async () => {
    await changes.saveCustomCode(db, { code: '0999t', summary: 'Ours', allowedModifiers: ['RT'] });
    expect((await db.changes.get('code:0999T'))?.kind).toBe('code');
    await expect(changes.saveCustomCode(db, { code: '32503', summary: 'Mine' })).rejects.toThrow(/32503 is already a built-in code/);
    await expect(changes.saveCustomCode(db, { code: '0998T', summary: 'x', allowedModifiers: ['ZZ'] })).rejects.toThrow(/allowedModifiers\[0\] ZZ is not a modifier CodeCue knows/);
    await changes.addPhrase(db, '0999T', 'zebrafinch pleural lavage');
    await changes.deleteCustomCode(db, '0999T');
    expect(await db.changes.count()).toBe(0);
  });

  it('turns built-in phrases and rules off and on, refusing ones that do not exist', async () => {
    await changes.setBuiltinPhraseDisabled(db, '32503', 'apex_tumor', 'pancost', true);
    await changes.setRuleDisabled(db, '32994', 0, true);
    const book = await loadCodebook(db, none);
    const detail = codeDetail(book, '32503')!;
    expect(detail.concepts.find((c) => c.concept === 'apex_tumor')!.phrases.find((p) => p.phrase === 'pancost')!.disabled).toBe(true);
    expect(codeDetail(book, '32994')!.rules[0].disabled).toBe(true);
    await changes.setBuiltinPhraseDisabled(db, '32503', 'apex_tumor', 'pancost', false);
    expect(await db.changes.count()).toBe(1);
    await expect(changes.setBuiltinPhraseDisabled(db, '32503', 'apex_tumor', 'nope', true)).rejects.toThrow(/not a built-in phrase/);
    await expect(changes.setRuleDisabled(db, '32503', 9, true)).rejects.toThrow(/Rule 10 of 32503 is not a built-in rule/);
  });

  it('saves settings, checked, and reads defaults for anything missing', async () => {
    expect(await changes.readUserSettings(db)).toEqual(DEFAULT_SETTINGS);
    await changes.saveUserSettings(db, { laterality: 'rtlt' });
    await changes.saveUserSettings(db, { hiddenModifiers: ['80'] });
    expect(await changes.readUserSettings(db)).toEqual({ ...DEFAULT_SETTINGS, laterality: 'rtlt', hiddenModifiers: ['80'] });
    await expect(changes.saveUserSettings(db, { laterality: 'both' })).rejects.toThrow(/laterality must be one of 50, rtlt/);
  });
});

describe('code detail', () => {
  it('lists a code’s concepts with their phrases, which other codes share them, and its rules', async () => {
    const detail = codeDetail(await loadCodebook(db, none), '32503')!;
    expect(detail.origin).toBe('builtin');
    const apex = detail.concepts.find((c) => c.concept === 'apex_tumor')!;
    expect(apex.phrases.map((p) => p.phrase)).toContain('pancost');
    expect(apex.sharedWith).toContain('32504');
    expect(detail.concepts.map((c) => c.concept)).toContain('apex_resection');
    expect(detail.rules[0].clauses[0]).toBe('apex tumor + resection (in one sentence)');
  });

  it('shows a licensed descriptor instead of our summary', async () => {
    await db.descriptors.put({ code: '32503', text: 'LICENSED', importedAt: 1 });
    const book = await loadCodebook(db, none);
    expect(describeCode(book, '32503')).toEqual({ text: 'LICENSED', licensed: true });
    expect(describeCode(book, '32504')?.licensed).toBe(false);
    expect(book.entries.find((e) => e.code === '32503')?.descriptor).toBe('LICENSED');
  });
});

describe('managed storage', () => {
  const ctx = { modifiers: new Set(defaultRuleset.modifiers.map((m) => m.modifier)), builtinCodes: new Map(defaultRuleset.codes.map((c) => [c.code, c])) };
  const pack = { id: 'org', name: 'Org', codes: [{ code: '0777T', summary: 'Org code', category: 'Org' }], phrases: [{ code: '0777T', phrase: 'org phrase' }] };

  it('reads packs and settings, and skips a bad pack whole, naming it', () => {
    const out = parseManaged({ rulePacks: [pack, { id: 'bad', codes: [{ code: '32503', summary: 'clash' }] }], settings: { copyFormat: 'lines' } }, ctx);
    expect(out.packs.map((p) => p.id)).toEqual(['org']);
    expect(out.settings).toEqual({ copyFormat: 'lines' });
    expect(out.errors).toEqual(['Managed rule pack 2: codes[0] (32503) is a built-in code']);
  });

  it.each([
    [undefined, []],
    ['garbage', ['Managed storage: expected an object']],
    [{ rulePacks: 'x' }, ['Managed storage: rulePacks must be a list']],
    [{ settings: { laterality: 7 } }, ['Managed settings: laterality must be one of 50, rtlt, not number']],
    [{ rulePacks: [{ id: 'p', phrases: [{ code: '0888T', phrase: 'abc def' }] }] }, ['Managed rule pack 1: phrases[0] (0888T): no code 0888T in the code set or the pack']],
  ])('%j -> %j', (raw, errors) => {
    const out = parseManaged(raw, ctx);
    expect(out.errors).toEqual(errors);
    expect(out.packs).toEqual([]);
  });

  it('merges managed packs into the codebook read-only, with managed settings locked', async () => {
    await changes.saveUserSettings(db, { copyFormat: 'comma', laterality: 'rtlt' });
    const book = await loadCodebook(db, async () => ({ rulePacks: [pack], settings: { copyFormat: 'lines' } }));
    expect(book.merged.origins.get('0777T')).toBe('managed');
    expect(book.settings.settings).toMatchObject({ copyFormat: 'lines', laterality: 'rtlt' });
    expect(book.settings.locked.has('copyFormat')).toBe(true);
    expect(createEngine(book.merged.ruleset).analyze('PROCEDURE: The org phrase was done.').map((s) => s.code)).toContain('0777T');
  });

  it('a failing managed reader means no managed data, not a broken page', async () => {
    const book = await loadCodebook(db, () => Promise.reject(new Error('no policy')));
    expect(book.managed.packs).toEqual([]);
  });
});
