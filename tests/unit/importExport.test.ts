import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { defaultRuleset } from '@/data';
import { CodeStore } from '@/utils/store/db';
import { seedStore } from '@/utils/store/seed';
import { addPhrase, readChanges, readDescriptors, readUserSettings, saveCustomCode, saveUserSettings, setBuiltinPhraseDisabled, setRuleDisabled } from '@/utils/store/changes';
import { applyDescriptors, applyImport, exportChanges, previewDescriptors, previewImport } from '@/utils/importExport/store';
import { parseDescriptorFile } from '@/utils/importExport/descriptorsFile';
import { FILE_FORMAT } from '@/utils/importExport/changesFile';

let db: CodeStore;
let n = 0;
beforeEach(async () => {
  db = new CodeStore(`codecue-io-${++n}`);
  await seedStore(db, defaultRuleset);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** Everything in the store, to check that a refused import changed nothing. */
async function snapshot() {
  return {
    changes: await db.changes.toArray(),
    meta: await db.meta.toArray(),
    descriptors: await db.descriptors.toArray(),
    codes: await db.codes.count(),
  };
}

const file = (over: Record<string, unknown>) => JSON.stringify({ format: FILE_FORMAT, version: 1, ...over });
const enc = (s: string) => new TextEncoder().encode(s);

async function makeChanges() {
  await saveCustomCode(db, { code: '0999T', summary: 'Our own procedure', category: 'Custom', allowedModifiers: ['RT', 'LT'] });
  await addPhrase(db, '0999T', 'zebrafinch pleural lavage');
  await addPhrase(db, '32994', 'ice ball ablation');
  await setBuiltinPhraseDisabled(db, '32503', 'apex_tumor', 'apical mass', true);
  await setRuleDisabled(db, '32998', 1, true);
  await saveUserSettings(db, { copyFormat: 'lines', laterality: 'rtlt', hiddenModifiers: ['80'] });
  await applyDescriptors(db, [{ code: '32503', text: 'LICENSED TEXT 32503' }]);
}

describe('export and import round trip', () => {
  it('exports every change as one versioned file, without licensed text unless asked', async () => {
    await makeChanges();
    const text = await exportChanges(db);
    const data = JSON.parse(text);
    expect(data).toMatchObject({ format: FILE_FORMAT, version: 1, dataVersion: defaultRuleset.dataVersion, edition: '2024' });
    expect(data.codes).toHaveLength(1);
    expect(data.phrases).toHaveLength(2);
    expect(data.disabledPhrases).toEqual([{ code: '32503', concept: 'apex_tumor', phrase: 'apical mass' }]);
    expect(data.disabledRules).toEqual([{ code: '32998', n: 1 }]);
    expect(data.settings.copyFormat).toBe('lines');
    expect(text).not.toContain('LICENSED TEXT');
    expect(JSON.parse(await exportChanges(db, { includeLicensed: true })).descriptors).toEqual([{ code: '32503', text: 'LICENSED TEXT 32503' }]);
  });

  it('imports an export into an empty store: everything added, then nothing new a second time', async () => {
    await makeChanges();
    const text = await exportChanges(db, { includeLicensed: true });
    const before = await readChanges(db);
    const other = new CodeStore(`codecue-io-other-${n}`);
    try {
      await seedStore(other, defaultRuleset);
      const preview = await previewImport(other, text);
      if (!preview.ok) throw new Error(preview.errors.join('\n'));
      expect(preview.plan.added).toHaveLength(5 + 1);
      expect(preview.plan.settingsChanged.join(' ')).toMatch(/copyFormat/);
      await applyImport(other, preview.plan);
      expect((await readChanges(other)).map((c) => c.id).sort()).toEqual(before.map((c) => c.id).sort());
      expect((await readUserSettings(other)).laterality).toBe('rtlt');
      expect((await readDescriptors(other)).get('32503')).toBe('LICENSED TEXT 32503');
      const again = await previewImport(other, text);
      expect(again.ok && again.plan.added.length + again.plan.changed.length).toBe(0);
    } finally {
      other.close();
      await Dexie.delete(other.name);
    }
  });

  it('shows a changed entry as a change', async () => {
    await saveCustomCode(db, { code: '0999T', summary: 'Old summary', category: 'Custom' });
    const preview = await previewImport(db, file({ codes: [{ code: '0999T', summary: 'New summary', category: 'Custom' }] }));
    expect(preview.ok && preview.plan.changed).toEqual(['custom code 0999T (Old summary) → custom code 0999T (New summary)']);
  });

  it('a failure while writing leaves the store exactly as it was', async () => {
    await makeChanges();
    const before = await snapshot();
    const preview = await previewImport(db, file({ phrases: [{ code: '32994', phrase: 'frozen lung nodule' }] }));
    if (!preview.ok) throw new Error('unexpected');
    // A row with no key makes the write fail half way through the transaction.
    const broken = { ...preview.plan, rows: [...preview.plan.rows, { kind: 'phrase' } as never] };
    await expect(applyImport(db, broken)).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });
});

describe('hostile change files are refused with errors naming the entry and field, and change nothing', () => {
  const big = 'x'.repeat(200);
  it.each([
    ['binary garbage', '\u0000\u0001PK\u0003\u0004\u00ff\u00fe', /binary data/],
    ['not JSON', '{"format": "codecue-changes", ', /not valid JSON/],
    ['a JSON list', '[]', /expected a JSON object/],
    ['another format', JSON.stringify({ format: 'other', version: 1 }), /"format" must be "codecue-changes"/],
    ['a future version', file({ version: 9 }), /version 9; this CodeCue reads version 1/],
    ['codes not a list', file({ codes: { code: '0999T' } }), /^codes must be a list$/],
    ['wrong type in a field', file({ codes: [{ code: 12345, summary: 'x' }] }), /codes\[0\]: code must be a five-character code as text, not number/],
    ['summary of wrong type', file({ codes: [{ code: '0999T', summary: ['x'] }] }), /codes\[0\] \(0999T\): summary must be text, not a list/],
    ['huge string', file({ codes: [{ code: '0999T', summary: big.repeat(100) }] }), /codes\[0\] \(0999T\): summary is 20000 characters long; the most is 300/],
    ['multi-line summary', file({ codes: [{ code: '0999T', summary: 'a\nb' }] }), /summary must be one line/],
    ['duplicate codes', file({ codes: [{ code: '0999T', summary: 'a' }, { code: '0999t', summary: 'b' }] }), /codes\[1\]: custom code 0999T \(b\) is listed twice \(first at codes\[0\]\)/],
    ['a built-in code as custom', file({ codes: [{ code: '32503', summary: 'mine' }] }), /codes\[0\] \(32503\): 32503 is a built-in code/],
    ['unknown modifier', file({ codes: [{ code: '0999T', summary: 'a', allowedModifiers: ['00'] }] }), /allowedModifiers\[0\] 00 is not a modifier CodeCue knows/],
    ['phrase for an unknown code', file({ phrases: [{ code: '0888T', phrase: 'abc' }] }), /phrases\[0\] \(0888T\): no code 0888T/],
    ['phrase for a deleted code', file({ phrases: [{ code: '19260', phrase: 'chest wall tumour' }] }), /phrases\[0\] \(19260\): 19260 was deleted/],
    ['phrase with no word', file({ phrases: [{ code: '32994', phrase: '!!' }] }), /phrases\[0\] \(32994\): phrase "!!" needs at least one word/],
    ['unknown built-in phrase', file({ disabledPhrases: [{ code: '32503', concept: 'apex_tumor', phrase: 'nope' }] }), /disabledPhrases\[0\]: "nope" is not a built-in phrase of apex_tumor/],
    ['rule number out of range', file({ disabledRules: [{ code: '32503', n: 7 }] }), /disabledRules\[0\] \(32503\): n must be a rule number from 0 to 0, not 7/],
    ['bad setting', file({ settings: { copyFormat: 'tabs' } }), /settings: copyFormat must be one of comma, lines, not "tabs"/],
    ['unknown setting', file({ settings: { theme: 'dark' } }), /settings: unknown setting "theme"/],
    ['100,000 rows', file({ phrases: Array.from({ length: 100_000 }, (_, i) => ({ code: '32994', phrase: `p${i}` })) }), /phrases has 100000 entries; the most is 10000/],
  ])('%s', async (_label, text, message) => {
    await makeChanges();
    const before = await snapshot();
    const preview = await previewImport(db, text);
    expect(preview.ok).toBe(false);
    if (!preview.ok) expect(preview.errors.join('\n')).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });

  it('a partly good file is refused whole', async () => {
    const preview = await previewImport(db, file({ phrases: [{ code: '32994', phrase: 'good phrase' }, { code: '32994', phrase: 42 }] }));
    expect(preview.ok).toBe(false);
    if (!preview.ok) expect(preview.errors).toEqual(['phrases[1] (32994): phrase must be text, not number']);
    expect(await db.changes.count()).toBe(0);
  });

  it('caps the error list and counts the rest', async () => {
    const preview = await previewImport(db, file({ phrases: Array.from({ length: 500 }, () => ({ code: 'bad' })) }));
    expect(preview.ok).toBe(false);
    if (!preview.ok) {
      expect(preview.errors.length).toBe(41);
      expect(preview.errors.at(-1)).toMatch(/…and \d+ more problems/);
    }
  });

  it('refuses a file over 5 MB before parsing it', async () => {
    const preview = await previewImport(db, ' '.repeat(6 * 1024 * 1024));
    expect(preview.ok).toBe(false);
    if (!preview.ok) expect(preview.errors[0]).toMatch(/the most CodeCue imports is 5 MB/);
  });
});

describe('licensed descriptor files', () => {
  it.each([
    ['UTF-8, LF, with header', enc('code\tdescriptor\n32503\tRésumé of apex text\n32994\tCryo text\n'), 'utf-8', true],
    ['UTF-8 with BOM, CRLF, no header', enc('\uFEFF32503\tRésumé of apex text\r\n32994\tCryo text\r\n'), 'utf-8', false],
    ['Windows-1252, CRLF', Uint8Array.from([...enc('32503\tR'), 0xe9, ...enc('sum'), 0xe9, ...enc(' of apex text\r\n32994\tCryo text\r\n')]), 'windows-1252', false],
  ])('%s', (_label, bytes, encoding, header) => {
    const parsed = parseDescriptorFile(bytes);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.encoding).toBe(encoding);
    expect(parsed.header).toBe(header);
    expect(parsed.rows).toEqual([
      { code: '32503', text: 'Résumé of apex text' },
      { code: '32994', text: 'Cryo text' },
    ]);
  });

  it.each([
    ['binary garbage', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x10]), /binary data/],
    ['empty', new Uint8Array(), /empty/],
    ['a bad code', enc('32503\tok\nABCDE\tbad\n'), /line 2: "ABCDE" is not a five-character code/],
    ['three fields', enc('32503\tok\textra\n'), /line 1: expected a code and a descriptor separated by one tab, found 3 fields/],
    ['an empty descriptor', enc('32503\t  \n'), /line 1 \(32503\): the descriptor is empty/],
    ['duplicate codes with different text', enc('32503\tone\n32503\ttwo\n'), /line 2 \(32503\): 32503 is listed twice with different descriptors \(first on line 1\)/],
    ['a huge descriptor', enc(`32503\t${'y'.repeat(5000)}\n`), /the descriptor is 5000 characters long; the most is 2000/],
    ['100,000 rows', enc(Array.from({ length: 100_000 }, (_, i) => `${String(10000 + (i % 89999)).padStart(5, '0')}\tText ${i}`).join('\n')), /has 100000 lines; the most CodeCue imports is 50000/],
  ])('refuses %s', (_label, bytes, message) => {
    const parsed = parseDescriptorFile(bytes);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join('\n')).toMatch(message);
  });

  it('keeps one copy of a code listed twice with the same text', () => {
    const parsed = parseDescriptorFile(enc('32503\tsame\n32503\tsame\n'));
    expect(parsed.ok && parsed.rows).toEqual([{ code: '32503', text: 'same' }]);
  });

  it('previews what it adds and changes, then stores the descriptors', async () => {
    await applyDescriptors(db, [{ code: '32503', text: 'old' }]);
    const result = await previewDescriptors(db, enc('32503\tnew\n32994\tcryo\n99999\tnot ours\n'));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.preview).toMatchObject({ added: 2, changed: 1, unchanged: 0, inCodeSet: 2 });
    await applyDescriptors(db, result.preview.rows);
    expect((await readDescriptors(db)).get('32503')).toBe('new');
  });
});
