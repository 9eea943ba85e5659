/**
 * Settings applied to the engine's output in the popup: which modifiers are
 * suggested at all, the bilateral style the payer wants, and the form a
 * copy takes. Pure functions; the engine itself is not changed.
 */
import type { CodeEntry, Suggestion } from '../engine/types';
import { orderModifiers } from '../engine/modifiers';
import { formatCode } from '../format/formatCode';
import { DEFAULT_SETTINGS, type Settings } from '../store/types';

export interface ResolvedSettings {
  settings: Settings;
  /** Fields the organisation set through managed storage: shown, not editable. */
  locked: Set<keyof Settings>;
}

/** The user's settings with the organisation's managed settings on top. */
export function resolveSettings(user: Partial<Settings>, managed: Partial<Settings>): ResolvedSettings {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...user, ...managed };
  return { settings, locked: new Set(Object.keys(managed) as (keyof Settings)[]) };
}

const bilateral = (mods: readonly string[]) => mods.includes('50') || (mods.includes('RT') && mods.includes('LT'));

/**
 * The suggestions as the settings want them shown:
 * - hidden modifiers are taken off (the reasons say so);
 * - bilateral: `-50` on one line, or `-RT` and `-LT` on two lines. A code
 *   that does not allow 50 always gets RT and LT.
 */
export function applySettings(suggestions: readonly Suggestion[], settings: Settings, codes: ReadonlyMap<string, CodeEntry>): Suggestion[] {
  const hidden = new Set(settings.hiddenModifiers);
  return suggestions.map((s) => {
    let mods = [...s.modifiers];
    const reasons = [...s.reasons];
    if (bilateral(mods)) {
      const allows50 = codes.get(s.code)?.allowedModifiers.includes('50') ?? false;
      const rest = mods.filter((m) => m !== '50' && m !== 'RT' && m !== 'LT');
      if (settings.laterality === '50' && allows50 && !hidden.has('50')) {
        if (!mods.includes('50')) reasons.push('-50: both sides, reported on one line as your settings ask');
        mods = orderModifiers([...rest, '50']);
      } else {
        if (mods.includes('50')) reasons.push('-RT and -LT on two lines instead of -50, as your settings ask');
        mods = [...rest, 'RT', 'LT'];
      }
    }
    const off = mods.filter((m) => hidden.has(m));
    if (off.length) {
      mods = mods.filter((m) => !hidden.has(m));
      reasons.push(`${off.map((m) => `-${m}`).join(', ')} not suggested: turned off in your settings`);
    }
    if (mods.join() === s.modifiers.join() && reasons.length === s.reasons.length) return s;
    return { ...s, modifiers: mods, reasons };
  });
}

/** The lines one suggestion is reported on: two for a side-by-side bilateral (-RT and -LT). */
export function reportLines(s: { code: string; modifiers: readonly string[] }, includeModifiers: boolean): string[] {
  if (!includeModifiers) return [s.code];
  if (s.modifiers.includes('RT') && s.modifiers.includes('LT')) {
    const rest = s.modifiers.filter((m) => m !== 'RT' && m !== 'LT');
    return [formatCode(s.code, [...rest, 'RT']), formatCode(s.code, [...rest, 'LT'])];
  }
  return [formatCode(s.code, s.modifiers)];
}

/** What Copy / Copy all put on the clipboard, in the format the settings ask. */
export function formatCopy(items: readonly { code: string; modifiers: readonly string[] }[], settings: Pick<Settings, 'copyFormat' | 'includeModifiers'> = DEFAULT_SETTINGS): string {
  const lines = [...new Set(items.flatMap((s) => reportLines(s, settings.includeModifiers)))];
  return lines.join(settings.copyFormat === 'lines' ? '\n' : ', ');
}
