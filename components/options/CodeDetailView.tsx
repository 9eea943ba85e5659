import { useState } from 'preact/hooks';
import { codeDetail } from '@/utils/store/codeDetail';
import type { SectionProps } from './OptionsApp';
import { inputValue, useAction } from './useAction';

export function CodeDetailView({ api, book, refresh, code }: SectionProps & { code: string }) {
  const detail = codeDetail(book, code);
  const { error, busy, run } = useAction(refresh);
  const [phrase, setPhrase] = useState('');
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);
  if (!detail) return <p class="muted">No code {code} in the code store.</p>;
  const { entry } = detail;
  return (
    <article aria-labelledby="detail-heading" data-code={code}>
      <h2 id="detail-heading">
        {code} {detail.origin === 'managed' && <span class="origin managed">managed</span>}
        {detail.origin === 'user' && <span class="origin user">yours</span>}
        {entry.deleted && <span class="origin deleted">deleted</span>}
      </h2>
      {detail.descriptor ? (
        <p class="descriptor">
          {detail.descriptor} <span class="licensed">(licensed descriptor)</span>
        </p>
      ) : null}
      <p class="summary">{detail.descriptor ? <span class="muted">Our summary: </span> : null}{entry.summary}</p>
      <dl class="facts">
        <dt>Category</dt>
        <dd>{entry.category}</dd>
        <dt>Global days</dt>
        <dd>{entry.globalDays === null ? 'none / add-on' : entry.globalDays}</dd>
        <dt>Modifiers it allows</dt>
        <dd>{entry.allowedModifiers.length ? entry.allowedModifiers.join(' ') : 'none'}</dd>
        {entry.synonyms?.length ? (
          <>
            <dt>Also called</dt>
            <dd>{entry.synonyms.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      {detail.origin === 'user' && (
        <button type="button" disabled={busy} onClick={() => void run(() => api.deleteCustomCode(code))}>
          Delete this custom code
        </button>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}

      <h3>Your phrases</h3>
      <p class="muted">A phrase of yours, stated as done in the procedure text, suggests {code} on its own (negated, past or planned mentions still do not).</p>
      {entry.deleted ? (
        <p class="muted">{code} was deleted from CPT and is never suggested.</p>
      ) : (
        <form
          class="add-phrase"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => api.addPhrase(code, phrase)).then((ok) => ok && setPhrase(''));
          }}
        >
          <label for="new-phrase">Add a phrase</label>
          <input id="new-phrase" value={phrase} maxLength={200} onInput={(e) => setPhrase(inputValue(e))} />
          <button type="submit" disabled={busy}>
            Add phrase
          </button>
        </form>
      )}
      <ul class="phrases user-phrases" aria-label={`Your phrases for ${code}`}>
        {detail.userPhrases.map((p) => (
          <li key={p.id} class={p.disabled ? 'off' : ''} data-phrase={p.phrase}>
            {editing?.id === p.id ? (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  void run(() => api.editPhrase(p.id, editing.text)).then((ok) => ok && setEditing(null));
                }}
              >
                <input aria-label={`Edit phrase ${p.phrase}`} value={editing.text} onInput={(e) => setEditing({ id: p.id, text: inputValue(e) })} />
                <button type="submit">Save</button>
                <button type="button" onClick={() => setEditing(null)}>
                  Cancel
                </button>
              </form>
            ) : (
              <>
                <span class="phrase">{p.phrase}</span>
                {p.disabled && <span class="muted"> (off)</span>}
                <button type="button" onClick={() => setEditing({ id: p.id, text: p.phrase })}>
                  Edit
                </button>
                <button type="button" onClick={() => void run(() => api.setPhraseDisabled(p.id, !p.disabled))}>
                  {p.disabled ? 'Turn on' : 'Turn off'}
                </button>
                <button type="button" onClick={() => void run(() => api.deleteChange(p.id))}>
                  Delete
                </button>
              </>
            )}
          </li>
        ))}
      </ul>

      {detail.managedPhrases.length > 0 && (
        <>
          <h3>Set by your organisation (read-only)</h3>
          <ul class="phrases managed-phrases">
            {detail.managedPhrases.map((p) => (
              <li key={`${p.pack}:${p.phrase}`}>
                <span class="phrase">{p.phrase}</span> <span class="origin managed">managed: {p.pack}</span>
              </li>
            ))}
          </ul>
        </>
      )}

      {detail.rules.length > 0 && (
        <>
          <h3>Built-in rules</h3>
          <ul class="rules">
            {detail.rules.map((r) => (
              <li key={r.n} class={r.disabled ? 'off' : ''}>
                <strong>{r.reason}</strong>
                <ul>
                  {r.clauses.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
                <label>
                  <input type="checkbox" checked={!r.disabled} onChange={() => void run(() => api.setRuleDisabled(code, r.n, !r.disabled))} /> Rule {r.n + 1} on
                </label>
              </li>
            ))}
          </ul>
        </>
      )}

      {detail.concepts.length > 0 && (
        <>
          <h3>Built-in phrases</h3>
          <p class="muted">Untick a phrase to stop it counting. A phrase belongs to a concept; other codes using that concept are affected too.</p>
          {detail.concepts.map((c) => (
            <details key={c.concept} class="concept" data-concept={c.concept}>
              <summary>
                {c.concept.replace(/_/g, ' ')} ({c.phrases.filter((p) => !p.disabled).length}/{c.phrases.length} on)
                {c.sharedWith.length > 0 && <span class="muted"> · also used by {c.sharedWith.join(', ')}</span>}
              </summary>
              <ul class="phrases">
                {c.phrases.map((p) => (
                  <li key={p.phrase}>
                    <label>
                      <input
                        type="checkbox"
                        checked={!p.disabled}
                        onChange={() => void run(() => api.setBuiltinPhraseDisabled(code, c.concept, p.phrase, !p.disabled))}
                      />{' '}
                      {p.phrase}
                    </label>
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </>
      )}
    </article>
  );
}
