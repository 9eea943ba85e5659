/**
 * Export and import of everything the user changed, as one versioned JSON
 * file. Import is two steps: `planImport` checks the whole file (errors name
 * the entry and field) and lists what it will add and change, without
 * touching the store; `applyImport` (store.ts) then writes the plan in one
 * transaction.
 */
import { changeId, codeChangeId, normalizePhrase, type ChangeRow, type CustomCode, type Settings } from '../store/types';
import { checkCode, checkCustomCode, checkLine, checkPhrase, checkSettings, isObject, LIMITS, refuse } from '../store/validate';

export const FILE_FORMAT = 'codecue-changes';
export const FILE_VERSION = 1;
/** Larger files are refused before they are parsed. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Most entries in any one list of the file. */
export const MAX_ENTRIES = 10_000;

export interface ChangesFile {
  format: typeof FILE_FORMAT;
  version: typeof FILE_VERSION;
  exportedAt: string;
  edition: string;
  dataVersion: number;
  codes: CustomCode[];
  phrases: { code: string; phrase: string; disabled?: boolean }[];
  disabledPhrases: { code: string; concept: string; phrase: string }[];
  disabledRules: { code: string; n: number }[];
  settings: Settings;
  /** Only when the user asked for licensed text to be included. */
  descriptors?: { code: string; text: string }[];
}

export function buildExport(
  changes: readonly ChangeRow[],
  settings: Settings,
  opts: { edition: string; dataVersion: number; descriptors?: ReadonlyMap<string, string>; now?: Date },
): ChangesFile {
  const file: ChangesFile = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    exportedAt: (opts.now ?? new Date()).toISOString(),
    edition: opts.edition,
    dataVersion: opts.dataVersion,
    codes: [],
    phrases: [],
    disabledPhrases: [],
    disabledRules: [],
    settings,
  };
  for (const ch of changes) {
    if (ch.kind === 'code') file.codes.push(ch.entry);
    else if (ch.kind === 'phrase') file.phrases.push(ch.disabled ? { code: ch.code, phrase: ch.phrase, disabled: true } : { code: ch.code, phrase: ch.phrase });
    else if (ch.kind === 'disablePhrase') file.disabledPhrases.push({ code: ch.code, concept: ch.concept, phrase: ch.phrase });
    else file.disabledRules.push({ code: ch.code, n: ch.n });
  }
  if (opts.descriptors) file.descriptors = [...opts.descriptors].map(([code, text]) => ({ code, text }));
  return file;
}

/** What the store holds that an import is checked against. */
export interface ImportContext {
  builtinCodes: ReadonlyMap<string, { deleted?: boolean }>;
  modifiers: ReadonlySet<string>;
  /** Built-in concept -> its phrases, normalised. */
  concepts: ReadonlyMap<string, ReadonlySet<string>>;
  /** Built-in code -> how many rules it has. */
  ruleCounts: ReadonlyMap<string, number>;
  /** The user's current changes, by id. */
  current: ReadonlyMap<string, ChangeRow>;
  currentSettings: Settings;
  currentDescriptors: ReadonlyMap<string, string>;
}

export interface ImportPlan {
  /** Rows to write: new ones and changed ones. */
  rows: ChangeRow[];
  added: string[];
  changed: string[];
  unchanged: number;
  settings?: Partial<Settings>;
  settingsChanged: string[];
  descriptors: { code: string; text: string }[];
}

export type PlanResult = { ok: true; plan: ImportPlan } | { ok: false; errors: string[] };

function describe(row: ChangeRow): string {
  switch (row.kind) {
    case 'code':
      return `custom code ${row.code} (${row.entry.summary})`;
    case 'phrase':
      return `phrase "${row.phrase}" for ${row.code}${row.disabled ? ' (off)' : ''}`;
    case 'disablePhrase':
      return `built-in phrase "${row.phrase}" of ${row.concept} turned off`;
    case 'disableRule':
      return `built-in rule ${row.n + 1} of ${row.code} turned off`;
  }
}

const sameContent = (a: ChangeRow, b: ChangeRow) => JSON.stringify({ ...a, updatedAt: 0 }) === JSON.stringify({ ...b, updatedAt: 0 });

/** Checks an export file's text against the store; returns the plan or every problem found. */
export function planImport(text: string, ctx: ImportContext, now = Date.now()): PlanResult {
  const errors: string[] = [];
  if (text.length > MAX_FILE_BYTES) return { ok: false, errors: [`The file is ${(text.length / 1048576).toFixed(1)} MB; the most CodeCue imports is ${MAX_FILE_BYTES / 1048576} MB`] };
  if (text.includes('\u0000')) return { ok: false, errors: ['The file holds binary data: it is not a CodeCue export (JSON text)'] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, errors: [`The file is not a CodeCue export: it is not valid JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
  if (!isObject(data)) return { ok: false, errors: ['The file is not a CodeCue export: expected a JSON object at the top'] };
  if (data.format !== FILE_FORMAT) return { ok: false, errors: [`The file is not a CodeCue export: "format" must be "${FILE_FORMAT}"`] };
  if (data.version !== FILE_VERSION) return { ok: false, errors: [`The file is version ${JSON.stringify(data.version)}; this CodeCue reads version ${FILE_VERSION}`] };
  const known = new Set(['format', 'version', 'exportedAt', 'edition', 'dataVersion', 'codes', 'phrases', 'disabledPhrases', 'disabledRules', 'settings', 'descriptors']);
  for (const k of Object.keys(data)) if (!known.has(k)) errors.push(`Unknown field "${k.slice(0, 40)}" at the top of the file`);

  const list = (key: string): unknown[] => {
    const v = data[key as keyof typeof data];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      errors.push(`${key} must be a list`);
      return [];
    }
    if (v.length > MAX_ENTRIES) {
      errors.push(`${key} has ${v.length} entries; the most is ${MAX_ENTRIES}`);
      return [];
    }
    return v;
  };

  const rows: ChangeRow[] = [];
  const firstAt = new Map<string, string>();
  const push = (row: ChangeRow, where: string) => {
    const prev = firstAt.get(row.id);
    if (prev) errors.push(`${where}: ${describe(row)} is listed twice (first at ${prev})`);
    else {
      firstAt.set(row.id, where);
      rows.push(row);
    }
  };

  const fileCodes = new Set<string>();
  list('codes').forEach((x, i) => {
    const checked = checkCustomCode(x, `codes[${i}]`, ctx.modifiers);
    if (!checked.ok) return void errors.push(...checked.errors);
    const entry = checked.value;
    if (ctx.builtinCodes.has(entry.code)) return void errors.push(`codes[${i}] (${entry.code}): ${entry.code} is a built-in code; a custom code needs a number of its own`);
    fileCodes.add(entry.code);
    push({ id: changeId({ kind: 'code', code: entry.code, entry }), kind: 'code', code: entry.code, entry, updatedAt: now }, `codes[${i}]`);
  });

  const codeFor = (x: Record<string, unknown>, where: string): string | undefined => {
    const code = checkCode(x.code, `${where}: code`, errors);
    if (!code) return undefined;
    const builtin = ctx.builtinCodes.get(code);
    if (builtin?.deleted) errors.push(`${where} (${code}): ${code} was deleted from CPT and is never suggested`);
    else if (!builtin && !fileCodes.has(code) && !ctx.current.has(codeChangeId(code))) errors.push(`${where} (${code}): no code ${code} in the code store or in this file`);
    else return code;
    return undefined;
  };

  list('phrases').forEach((x, i) => {
    const where = `phrases[${i}]`;
    if (!isObject(x)) return void errors.push(`${where} must be an object`);
    const code = codeFor(x, where);
    const phrase = checkPhrase(x.phrase, `${where}${code ? ` (${code})` : ''}: phrase`, errors);
    if (x.disabled !== undefined && typeof x.disabled !== 'boolean') errors.push(`${where}: disabled must be true or false`);
    if (!code || !phrase) return;
    const row: ChangeRow = { id: changeId({ kind: 'phrase', code, phrase }), kind: 'phrase', code, phrase, updatedAt: now };
    if (x.disabled === true) row.disabled = true;
    push(row, where);
  });

  list('disabledPhrases').forEach((x, i) => {
    const where = `disabledPhrases[${i}]`;
    if (!isObject(x)) return void errors.push(`${where} must be an object`);
    const code = codeFor(x, where);
    const concept = checkLine(x.concept, `${where}: concept`, LIMITS.id, errors);
    const phrase = checkPhrase(x.phrase, `${where}: phrase`, errors);
    if (!code || !concept || !phrase) return;
    const phrases = ctx.concepts.get(concept);
    if (!phrases) return void errors.push(`${where}: concept "${concept}" is not in the built-in data`);
    if (!phrases.has(normalizePhrase(phrase))) return void errors.push(`${where}: "${phrase}" is not a built-in phrase of ${concept}`);
    push({ id: changeId({ kind: 'disablePhrase', code, concept, phrase }), kind: 'disablePhrase', code, concept, phrase, updatedAt: now }, where);
  });

  list('disabledRules').forEach((x, i) => {
    const where = `disabledRules[${i}]`;
    if (!isObject(x)) return void errors.push(`${where} must be an object`);
    const code = codeFor(x, where);
    if (!code) return;
    const count = ctx.ruleCounts.get(code) ?? 0;
    if (typeof x.n !== 'number' || !Number.isInteger(x.n) || x.n < 0 || x.n >= count)
      return void errors.push(`${where} (${code}): n must be a rule number from 0 to ${count - 1}, not ${JSON.stringify(x.n)}`);
    push({ id: changeId({ kind: 'disableRule', code, n: x.n }), kind: 'disableRule', code, n: x.n, updatedAt: now }, where);
  });

  let settings: Partial<Settings> | undefined;
  if (data.settings !== undefined) {
    const checked = checkSettings(data.settings, 'settings', ctx.modifiers);
    if (checked.ok) settings = checked.value;
    else errors.push(...checked.errors);
  }

  const descriptors: { code: string; text: string }[] = [];
  const seenDescriptor = new Map<string, number>();
  list('descriptors').forEach((x, i) => {
    const where = `descriptors[${i}]`;
    if (!isObject(x)) return void errors.push(`${where} must be an object`);
    const code = checkCode(x.code, `${where}: code`, errors);
    const text = checkLine(x.text, `${where}${code ? ` (${code})` : ''}: text`, LIMITS.descriptor, errors);
    if (!code || !text) return;
    const prev = seenDescriptor.get(code);
    if (prev !== undefined) return void errors.push(`${where} (${code}): listed twice (first at descriptors[${prev}])`);
    seenDescriptor.set(code, i);
    descriptors.push({ code, text });
  });

  if (errors.length) return refuse(errors);

  const added: string[] = [];
  const changed: string[] = [];
  let unchanged = 0;
  const write: ChangeRow[] = [];
  for (const row of rows) {
    const old = ctx.current.get(row.id);
    if (!old) added.push(describe(row));
    else if (!sameContent(old, row)) changed.push(`${describe(old)} → ${describe(row)}`);
    else {
      unchanged++;
      continue;
    }
    write.push(row);
  }
  const settingsChanged = settings
    ? (Object.keys(settings) as (keyof Settings)[])
        .filter((k) => JSON.stringify(settings![k]) !== JSON.stringify(ctx.currentSettings[k]))
        .map((k) => `setting ${k}: ${JSON.stringify(ctx.currentSettings[k])} → ${JSON.stringify(settings![k])}`)
    : [];
  for (const d of descriptors) {
    const old = ctx.currentDescriptors.get(d.code);
    if (old === undefined) added.push(`licensed descriptor for ${d.code}`);
    else if (old !== d.text) changed.push(`licensed descriptor for ${d.code}`);
    else unchanged++;
  }
  return { ok: true, plan: { rows: write, added, changed, unchanged, settings, settingsChanged, descriptors } };
}
