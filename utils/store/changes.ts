/**
 * The user's part of the code store: custom codes, added and disabled
 * phrases, disabled rules, settings and licensed descriptors. Every write
 * is checked first (errors name the field) and runs in one transaction.
 */
import type { CodeStore } from './db';
import { changeId, codeChangeId, DEFAULT_SETTINGS, normalizePhrase, type ChangeRow, type CustomCode, type Settings } from './types';
import { checkCode, checkCustomCode, checkPhrase, checkSettings } from './validate';

export const SETTINGS_KEY = 'settings';

export class StoreInputError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join('\n'));
    this.name = 'StoreInputError';
  }
}

export async function readChanges(db: CodeStore): Promise<ChangeRow[]> {
  return db.changes.toArray();
}

async function knownModifiers(db: CodeStore): Promise<Set<string>> {
  return new Set(await db.modifiers.toCollection().primaryKeys());
}

/** Adds or replaces a custom code. A built-in code of the same number cannot be replaced. */
export async function saveCustomCode(db: CodeStore, input: unknown): Promise<CustomCode> {
  const checked = checkCustomCode(input, 'Custom code', await knownModifiers(db));
  if (!checked.ok) throw new StoreInputError(checked.errors);
  const entry = checked.value;
  return db.transaction('rw', db.codes, db.changes, async () => {
    if (await db.codes.get(entry.code)) throw new StoreInputError([`Custom code: ${entry.code} is already a built-in code; add phrases to it instead`]);
    await db.changes.put({ id: changeId({ kind: 'code', code: entry.code, entry }), kind: 'code', code: entry.code, entry, updatedAt: Date.now() });
    return entry;
  });
}

/** Removes a custom code and the phrases the user added to it. */
export async function deleteCustomCode(db: CodeStore, code: string): Promise<void> {
  await db.transaction('rw', db.changes, async () => {
    await db.changes.where('code').equals(code).filter((c) => c.kind === 'code' || c.kind === 'phrase').delete();
  });
}

/** Adds a phrase that suggests `code`. */
export async function addPhrase(db: CodeStore, code: string, phrase: unknown): Promise<ChangeRow> {
  const errors: string[] = [];
  const c = checkCode(code, 'Phrase: code', errors);
  const p = checkPhrase(phrase, 'Phrase', errors);
  if (!c || !p) throw new StoreInputError(errors);
  return db.transaction('rw', db.codes, db.changes, async () => {
    const builtin = await db.codes.get(c);
    if (!builtin && !(await db.changes.get(codeChangeId(c)))) throw new StoreInputError([`Phrase: code ${c} is not in the code store`]);
    if (builtin?.deleted) throw new StoreInputError([`Phrase: code ${c} was deleted from CPT and is never suggested`]);
    const row: ChangeRow = { id: changeId({ kind: 'phrase', code: c, phrase: p }), kind: 'phrase', code: c, phrase: p, updatedAt: Date.now() };
    await db.changes.put(row);
    return row;
  });
}

/** Replaces the text of an added phrase, keeping it on or off as it was. */
export async function editPhrase(db: CodeStore, id: string, phrase: unknown): Promise<ChangeRow> {
  const errors: string[] = [];
  const p = checkPhrase(phrase, 'Phrase', errors);
  if (!p) throw new StoreInputError(errors);
  return db.transaction('rw', db.changes, async () => {
    const old = await db.changes.get(id);
    if (!old || old.kind !== 'phrase') throw new StoreInputError([`Phrase: no added phrase with id ${id}`]);
    const row: ChangeRow = { ...old, id: changeId({ kind: 'phrase', code: old.code, phrase: p }), phrase: p, updatedAt: Date.now() };
    await db.changes.delete(id);
    await db.changes.put(row);
    return row;
  });
}

export async function setPhraseDisabled(db: CodeStore, id: string, disabled: boolean): Promise<void> {
  await db.transaction('rw', db.changes, async () => {
    const old = await db.changes.get(id);
    if (!old || old.kind !== 'phrase') throw new StoreInputError([`Phrase: no added phrase with id ${id}`]);
    await db.changes.put({ ...old, disabled, updatedAt: Date.now() });
  });
}

export async function deleteChange(db: CodeStore, id: string): Promise<void> {
  await db.changes.delete(id);
}

/** Turns a built-in phrase of `concept` off (or back on). */
export async function setBuiltinPhraseDisabled(db: CodeStore, code: string, concept: string, phrase: string, disabled: boolean): Promise<void> {
  const id = changeId({ kind: 'disablePhrase', code, concept, phrase });
  if (!disabled) return void (await db.changes.delete(id));
  const known = (await db.concepts.where('concept').equals(concept).toArray()).some((s) => s.phrases.some((p) => normalizePhrase(p) === normalizePhrase(phrase)));
  if (!known) throw new StoreInputError([`Phrase "${phrase}" is not a built-in phrase of ${concept}`]);
  await db.changes.put({ id, kind: 'disablePhrase', code, concept, phrase, updatedAt: Date.now() });
}

/** Turns built-in rule number `n` of `code` off (or back on). */
export async function setRuleDisabled(db: CodeStore, code: string, n: number, disabled: boolean): Promise<void> {
  const id = changeId({ kind: 'disableRule', code, n });
  if (!disabled) return void (await db.changes.delete(id));
  if (!(await db.rules.get(`${code}#${n}`))) throw new StoreInputError([`Rule ${n + 1} of ${code} is not a built-in rule`]);
  await db.changes.put({ id, kind: 'disableRule', code, n, updatedAt: Date.now() });
}

/** The user's settings as stored (defaults for anything missing or no longer valid). */
export async function readUserSettings(db: CodeStore): Promise<Settings> {
  const row = await db.meta.get(SETTINGS_KEY);
  if (!row) return { ...DEFAULT_SETTINGS };
  const checked = checkSettings(row.value, 'Settings', await knownModifiers(db));
  return { ...DEFAULT_SETTINGS, ...(checked.ok ? checked.value : {}) };
}

export async function saveUserSettings(db: CodeStore, input: unknown): Promise<Settings> {
  const checked = checkSettings(input, 'Settings', await knownModifiers(db));
  if (!checked.ok) throw new StoreInputError(checked.errors);
  const value = { ...(await readUserSettings(db)), ...checked.value };
  await db.meta.put({ key: SETTINGS_KEY, value });
  return value;
}

export async function readDescriptors(db: CodeStore): Promise<Map<string, string>> {
  const rows = await db.descriptors.toArray();
  return new Map(rows.map((r) => [r.code, r.text]));
}
