import type { Settings } from '@/utils/store/types';
import type { SectionProps } from './OptionsApp';
import { checked, useAction } from './useAction';

export function SettingsForm({ api, book, refresh }: SectionProps) {
  const { settings, locked } = book.settings;
  const { error, run } = useAction(refresh);
  const save = (patch: Partial<Settings>) => void run(() => api.saveSettings(patch));
  const lockNote = (k: keyof Settings) => (locked.has(k) ? <span class="origin managed">set by your organisation</span> : null);
  const modifiers = book.base.modifiers;
  return (
    <form class="settings" onSubmit={(e) => e.preventDefault()}>
      <fieldset disabled={locked.has('copyFormat')}>
        <legend>Copy all puts codes {lockNote('copyFormat')}</legend>
        {(
          [
            ['comma', 'in a comma separated list (32504-RT, 38746)'],
            ['lines', 'one per line'],
          ] as const
        ).map(([v, label]) => (
          <label key={v}>
            <input type="radio" name="copyFormat" value={v} checked={settings.copyFormat === v} onChange={() => save({ copyFormat: v })} /> {label}
          </label>
        ))}
      </fieldset>
      <fieldset disabled={locked.has('includeModifiers')}>
        <legend>Modifiers in copied codes {lockNote('includeModifiers')}</legend>
        <label>
          <input type="checkbox" name="includeModifiers" checked={settings.includeModifiers} onChange={(e) => save({ includeModifiers: checked(e) })} /> Copy codes with
          their modifiers (32504-RT); untick for the bare code
        </label>
      </fieldset>
      <fieldset disabled={locked.has('laterality')}>
        <legend>Both sides in one session {lockNote('laterality')}</legend>
        {(
          [
            ['50', 'one line with -50 (where the code allows it)'],
            ['rtlt', 'two lines, -RT and -LT'],
          ] as const
        ).map(([v, label]) => (
          <label key={v}>
            <input type="radio" name="laterality" value={v} checked={settings.laterality === v} onChange={() => save({ laterality: v })} /> {label}
          </label>
        ))}
      </fieldset>
      <fieldset disabled={locked.has('hiddenModifiers')} class="modifier-choices">
        <legend>Modifiers to suggest {lockNote('hiddenModifiers')}</legend>
        {modifiers.map((m) => {
          const on = !settings.hiddenModifiers.includes(m.modifier);
          return (
            <label key={m.modifier} title={m.summary}>
              <input
                type="checkbox"
                name={`modifier-${m.modifier}`}
                checked={on}
                onChange={() => save({ hiddenModifiers: on ? [...settings.hiddenModifiers, m.modifier] : settings.hiddenModifiers.filter((x) => x !== m.modifier) })}
              />{' '}
              {m.modifier} <span class="muted">{m.summary}</span>
            </label>
          );
        })}
      </fieldset>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </form>
  );
}
