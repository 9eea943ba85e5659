import type { Suggestion } from '../engine/types';

/**
 * The engine states each modifier's reason as a line starting with
 * "-MOD:" (e.g. "-RT: side from \"Right\""); the popup shows it on the chip.
 */
export function modifierReason(suggestion: Suggestion, modifier: string): string {
  const prefix = `-${modifier}:`;
  const line = suggestion.reasons.find((r) => r.startsWith(prefix));
  return line ? line.slice(prefix.length).trim() : `Modifier ${modifier} suggested by CodeCue`;
}

/** Modifiers the coder switched off, per code; the copy text follows them. */
export type ModifierToggles = Record<string, readonly string[]>;

export function activeModifiers(suggestion: Suggestion, off: ModifierToggles): string[] {
  const disabled = off[suggestion.code] ?? [];
  return suggestion.modifiers.filter((m) => !disabled.includes(m));
}

export function toggleModifier(off: ModifierToggles, code: string, modifier: string): ModifierToggles {
  const current = off[code] ?? [];
  const next = current.includes(modifier) ? current.filter((m) => m !== modifier) : [...current, modifier];
  return { ...off, [code]: next };
}

/** Primary codes first, add-ons after their primaries; otherwise the engine's order. */
export function orderForDisplay(suggestions: readonly Suggestion[]): Suggestion[] {
  return [...suggestions.filter((s) => !s.addOn), ...suggestions.filter((s) => s.addOn)];
}
