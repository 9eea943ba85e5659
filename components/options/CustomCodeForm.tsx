import { useState } from 'preact/hooks';
import type { SectionProps } from './OptionsApp';
import { inputValue, useAction } from './useAction';

/** Adds a code of the user's own (a number not in the built-in set) with its first phrase. */
export function CustomCodeForm({ api, book, refresh }: SectionProps) {
  const { error, busy, run } = useAction(refresh);
  const [form, setForm] = useState({ code: '', summary: '', category: 'Custom', globalDays: '', modifiers: '', synonyms: '', phrase: '' });
  const [done, setDone] = useState('');
  const set = (k: keyof typeof form) => (e: Event) => setForm({ ...form, [k]: inputValue(e) });
  const list = (s: string) => s.split(/[,\s]+/).map((x) => x.trim()).filter(Boolean);
  const custom = book.changes.filter((c) => c.kind === 'code');
  return (
    <div>
      <form
        class="custom-code"
        onSubmit={(e) => {
          e.preventDefault();
          setDone('');
          const input = {
            code: form.code,
            summary: form.summary,
            category: form.category || 'Custom',
            globalDays: form.globalDays === '' ? null : Number(form.globalDays),
            allowedModifiers: list(form.modifiers.toUpperCase()),
            synonyms: form.synonyms.split(',').map((s) => s.trim()).filter(Boolean),
          };
          void run(async () => {
            const saved = (await api.saveCustomCode(input)) as { code: string };
            if (form.phrase.trim()) await api.addPhrase(saved.code, form.phrase);
          }).then((ok) => {
            if (ok) {
              setDone(`Saved ${form.code.toUpperCase()}.`);
              setForm({ ...form, code: '', summary: '', synonyms: '', phrase: '' });
            }
          });
        }}
      >
        <label for="cc-code">Code (five characters)</label>
        <input id="cc-code" value={form.code} onInput={set('code')} maxLength={5} />
        <label for="cc-summary">Your one-line summary</label>
        <input id="cc-summary" value={form.summary} onInput={set('summary')} maxLength={300} />
        <label for="cc-category">Category</label>
        <input id="cc-category" value={form.category} onInput={set('category')} />
        <label for="cc-global">Global days</label>
        <select id="cc-global" value={form.globalDays} onChange={set('globalDays')}>
          <option value="">none</option>
          <option value="0">0</option>
          <option value="10">10</option>
          <option value="90">90</option>
        </select>
        <label for="cc-mods">Modifiers it allows (e.g. RT LT 59)</label>
        <input id="cc-mods" value={form.modifiers} onInput={set('modifiers')} />
        <label for="cc-syn">Other names, comma separated</label>
        <input id="cc-syn" value={form.synonyms} onInput={set('synonyms')} />
        <label for="cc-phrase">A phrase that suggests it (optional)</label>
        <input id="cc-phrase" value={form.phrase} onInput={set('phrase')} />
        <button type="submit" disabled={busy}>
          Save custom code
        </button>
      </form>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {done && <p role="status">{done}</p>}
      <h2>Your custom codes</h2>
      {custom.length === 0 ? <p class="muted">None yet.</p> : <ul>{custom.map((c) => <li key={c.id}>{c.code}</li>)}</ul>}
    </div>
  );
}
