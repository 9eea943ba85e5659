/**
 * Rule packs and settings an organisation deploys through browser policy
 * (`storage.managed`, schema in public/managed-schema.json). Read-only: they
 * are merged under the user's changes and shown as managed. The reader is a
 * parameter so tests and Node run without a browser.
 */
import { browser } from 'wxt/browser';
import { EMPTY_MANAGED, type ManagedConfig, type ManagedPack } from './types';
import { checkCode, checkCustomCode, checkLine, checkPhrase, checkSettings, isObject, LIMITS } from './validate';

export type ManagedReader = () => Promise<unknown>;

/** Chrome: the policy values. Firefox without a managed manifest, or any failure: nothing. */
export const browserManagedReader: ManagedReader = async () => {
  try {
    return (await browser.storage?.managed?.get(null)) ?? {};
  } catch {
    return {};
  }
};

const MAX_PACKS = 50;
const MAX_PACK_ENTRIES = 10_000;

/**
 * Checks managed data the way an import is checked. A bad pack is skipped
 * whole (and named in `errors`, shown on the options page); the other packs
 * and the settings still apply.
 */
export function parseManaged(raw: unknown, ctx: { modifiers: ReadonlySet<string>; builtinCodes: ReadonlyMap<string, { deleted?: boolean }> }): ManagedConfig {
  if (!isObject(raw)) return { ...EMPTY_MANAGED, errors: raw === undefined || raw === null ? [] : ['Managed storage: expected an object'] };
  const errors: string[] = [];
  const packs: ManagedPack[] = [];
  const rawPacks = raw.rulePacks;
  if (rawPacks !== undefined && !Array.isArray(rawPacks)) errors.push('Managed storage: rulePacks must be a list');
  const packCodes = new Set<string>();
  (Array.isArray(rawPacks) ? rawPacks.slice(0, MAX_PACKS) : []).forEach((p, i) => {
    const where = `Managed rule pack ${i + 1}`;
    const e: string[] = [];
    if (!isObject(p)) return void errors.push(`${where} must be an object`);
    const id = checkLine(p.id, `${where}: id`, LIMITS.id, e);
    const name = p.name === undefined ? id : checkLine(p.name, `${where}: name`, LIMITS.category, e);
    const codes: ManagedPack['codes'] = [];
    const list = (key: 'codes' | 'phrases') => {
      const v = p[key];
      if (v === undefined) return [];
      if (!Array.isArray(v) || v.length > MAX_PACK_ENTRIES) return void e.push(`${where}: ${key} must be a list of at most ${MAX_PACK_ENTRIES}`), [];
      return v;
    };
    list('codes').forEach((c, j) => {
      const checked = checkCustomCode(c, `${where}: codes[${j}]`, ctx.modifiers);
      if (!checked.ok) return void e.push(...checked.errors);
      if (ctx.builtinCodes.has(checked.value.code)) return void e.push(`${where}: codes[${j}] (${checked.value.code}) is a built-in code`);
      codes.push(checked.value);
    });
    const phrases: ManagedPack['phrases'] = [];
    const mine = new Set(codes.map((c) => c.code));
    list('phrases').forEach((x, j) => {
      if (!isObject(x)) return void e.push(`${where}: phrases[${j}] must be an object`);
      const code = checkCode(x.code, `${where}: phrases[${j}]: code`, e);
      const phrase = checkPhrase(x.phrase, `${where}: phrases[${j}]: phrase`, e);
      if (!code || !phrase) return;
      const builtin = ctx.builtinCodes.get(code);
      if (builtin?.deleted) return void e.push(`${where}: phrases[${j}] (${code}): ${code} was deleted from CPT`);
      if (!builtin && !mine.has(code) && !packCodes.has(code)) return void e.push(`${where}: phrases[${j}] (${code}): no code ${code} in the code set or the pack`);
      phrases.push({ code, phrase });
    });
    if (e.length || !id || !name) return void errors.push(...e);
    for (const c of codes) packCodes.add(c.code);
    packs.push({ id, name, codes, phrases });
  });
  let settings = {};
  if (raw.settings !== undefined) {
    const checked = checkSettings(raw.settings, 'Managed settings', ctx.modifiers);
    if (checked.ok) settings = checked.value;
    else errors.push(...checked.errors);
  }
  return { packs, settings, errors };
}
