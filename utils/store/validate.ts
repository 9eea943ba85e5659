/**
 * Checks for everything that enters the code store from outside the shipped
 * data: the options page's forms, imported files, managed packs. Each check
 * takes untrusted input and returns the clean value or errors that name the
 * entry and the field ("codes[3] (3299X): summary must be one line").
 */
import { COPY_FORMATS, LATERALITY_STYLES, type CustomCode, type Settings } from './types';

export const LIMITS = {
  summary: 300,
  category: 80,
  phrase: 120,
  synonyms: 20,
  synonym: 80,
  descriptor: 2000,
  id: 80,
} as const;

export const MODIFIER_RE = /^[0-9A-Z]{2}$/;
/** Five characters: four digits and a digit or letter (Category I, II and III codes). */
export const CODE_RE = /^[0-9]{4}[0-9A-Z]$/;

/** Most error lines shown for one file; the rest are counted. */
const MAX_ERRORS = 40;

/** A refusal with at most MAX_ERRORS lines, the rest counted. */
export function refuse(errors: string[]): { ok: false; errors: string[] } {
  const more = errors.length - MAX_ERRORS;
  return { ok: false, errors: more > 0 ? [...errors.slice(0, MAX_ERRORS), `…and ${more} more problems`] : errors };
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const show = (x: unknown) => {
  const s = typeof x === 'string' ? JSON.stringify(x.length > 24 ? `${x.slice(0, 24)}…` : x) : Array.isArray(x) ? 'a list' : x === null ? 'null' : typeof x;
  return s;
};

/** A line of text: a string, trimmed, non-empty, one line, within `max`. */
export function checkLine(x: unknown, field: string, max: number, errors: string[], optional = false): string | undefined {
  if (x === undefined && optional) return undefined;
  if (typeof x !== 'string') {
    errors.push(`${field} must be text, not ${show(x)}`);
    return undefined;
  }
  const v = x.trim();
  if (!v) errors.push(`${field} is empty`);
  else if (/[\r\n]/.test(v)) errors.push(`${field} must be one line`);
  else if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/.test(v)) errors.push(`${field} holds control characters or unreadable bytes`);
  else if (v.length > max) errors.push(`${field} is ${v.length} characters long; the most is ${max}`);
  else return v;
  return undefined;
}

export function checkCode(x: unknown, field: string, errors: string[]): string | undefined {
  if (typeof x !== 'string') {
    errors.push(`${field} must be a five-character code as text, not ${show(x)}`);
    return undefined;
  }
  const v = x.trim().toUpperCase();
  if (!CODE_RE.test(v)) {
    errors.push(`${field} ${show(x)} is not a five-character code (four digits, then a digit or letter)`);
    return undefined;
  }
  return v;
}

/** A phrase the engine can match: one line, with at least one word of two letters or digits. */
export function checkPhrase(x: unknown, field: string, errors: string[]): string | undefined {
  const v = checkLine(x, field, LIMITS.phrase, errors);
  if (v === undefined) return undefined;
  if (!/[\p{L}\p{N}]{2,}/u.test(v)) {
    errors.push(`${field} ${show(v)} needs at least one word`);
    return undefined;
  }
  return v.replace(/\s+/g, ' ');
}

export function checkCustomCode(x: unknown, where: string, knownModifiers: ReadonlySet<string>): Checked<CustomCode> {
  const errors: string[] = [];
  if (!isObject(x)) return { ok: false, errors: [`${where} must be an object, not ${show(x)}`] };
  const code = checkCode(x.code, `${where}: code`, errors);
  const at = code ? `${where} (${code})` : where;
  const summary = checkLine(x.summary, `${at}: summary`, LIMITS.summary, errors);
  const category = x.category === undefined ? 'Custom' : checkLine(x.category, `${at}: category`, LIMITS.category, errors);
  let globalDays: number | null = null;
  if (x.globalDays !== undefined && x.globalDays !== null) {
    if (x.globalDays === 0 || x.globalDays === 10 || x.globalDays === 90) globalDays = x.globalDays;
    else errors.push(`${at}: globalDays must be 0, 10, 90 or null, not ${show(x.globalDays)}`);
  }
  const allowedModifiers: string[] = [];
  if (x.allowedModifiers !== undefined) {
    if (!Array.isArray(x.allowedModifiers)) errors.push(`${at}: allowedModifiers must be a list`);
    else
      x.allowedModifiers.forEach((m, i) => {
        if (typeof m !== 'string' || !MODIFIER_RE.test(m)) errors.push(`${at}: allowedModifiers[${i}] ${show(m)} is not a two-character modifier`);
        else if (!knownModifiers.has(m)) errors.push(`${at}: allowedModifiers[${i}] ${m} is not a modifier CodeCue knows`);
        else if (!allowedModifiers.includes(m)) allowedModifiers.push(m);
      });
  }
  const synonyms: string[] = [];
  if (x.synonyms !== undefined) {
    if (!Array.isArray(x.synonyms)) errors.push(`${at}: synonyms must be a list`);
    else if (x.synonyms.length > LIMITS.synonyms) errors.push(`${at}: synonyms has ${x.synonyms.length} entries; the most is ${LIMITS.synonyms}`);
    else
      x.synonyms.forEach((s, i) => {
        const v = checkLine(s, `${at}: synonyms[${i}]`, LIMITS.synonym, errors);
        if (v) synonyms.push(v);
      });
  }
  if (errors.length || !code || !summary || !category) return { ok: false, errors };
  const value: CustomCode = { code, summary, category, globalDays, allowedModifiers };
  if (synonyms.length) value.synonyms = synonyms;
  return { ok: true, value };
}

/** Settings from a file or managed storage: every field optional, unknown fields refused. */
export function checkSettings(x: unknown, where: string, knownModifiers: ReadonlySet<string>): Checked<Partial<Settings>> {
  if (!isObject(x)) return { ok: false, errors: [`${where} must be an object, not ${show(x)}`] };
  const errors: string[] = [];
  const out: Partial<Settings> = {};
  for (const key of Object.keys(x)) {
    const v = x[key];
    switch (key) {
      case 'copyFormat':
        if ((COPY_FORMATS as readonly unknown[]).includes(v)) out.copyFormat = v as Settings['copyFormat'];
        else errors.push(`${where}: copyFormat must be one of ${COPY_FORMATS.join(', ')}, not ${show(v)}`);
        break;
      case 'includeModifiers':
        if (typeof v === 'boolean') out.includeModifiers = v;
        else errors.push(`${where}: includeModifiers must be true or false, not ${show(v)}`);
        break;
      case 'laterality':
        if ((LATERALITY_STYLES as readonly unknown[]).includes(v)) out.laterality = v as Settings['laterality'];
        else errors.push(`${where}: laterality must be one of ${LATERALITY_STYLES.join(', ')}, not ${show(v)}`);
        break;
      case 'hiddenModifiers':
        if (!Array.isArray(v)) errors.push(`${where}: hiddenModifiers must be a list`);
        else {
          const list: string[] = [];
          v.forEach((m, i) => {
            if (typeof m !== 'string' || !knownModifiers.has(m)) errors.push(`${where}: hiddenModifiers[${i}] ${show(m)} is not a modifier CodeCue knows`);
            else if (!list.includes(m)) list.push(m);
          });
          out.hiddenModifiers = list;
        }
        break;
      default:
        errors.push(`${where}: unknown setting ${show(key)}`);
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: out };
}
