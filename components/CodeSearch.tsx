import { useMemo, useState } from 'preact/hooks';
import type { CodeSearch as Search, SearchEntry } from '@/utils/search/codeSearch';

interface Props {
  search: Search;
  /** Called with the chosen code; the popup copies it. */
  onPick: (entry: SearchEntry) => void;
  pickLabel?: string;
  limit?: number;
}

const ORIGIN_LABEL = { builtin: '', user: 'yours', managed: 'managed' } as const;

/** A search box over the code store (code, summary or descriptor, synonyms, phrases), typo-tolerant. */
export function CodeSearch({ search, onPick, pickLabel = 'Copy', limit = 8 }: Props) {
  const [query, setQuery] = useState('');
  const results = useMemo(() => search.search(query, limit), [search, query, limit]);
  return (
    <section class="code-lookup" aria-labelledby="lookup-heading">
      <h2 id="lookup-heading">Find a code</h2>
      <input
        id="code-search"
        type="search"
        placeholder="Code, words or a phrase (press /)"
        aria-label="Find a code"
        autocomplete="off"
        spellcheck={false}
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      {query.trim() !== '' && results.length === 0 && <p class="state lookup-none">No code matches “{query.trim()}”.</p>}
      {results.length > 0 && (
        <ul class="lookup-results">
          {results.map((e) => (
            <li key={e.code} class="lookup-result" data-code={e.code}>
              <span class="code">{e.code}</span>
              {ORIGIN_LABEL[e.origin] && <span class={`origin ${e.origin}`}>{ORIGIN_LABEL[e.origin]}</span>}
              {e.deleted && <span class="origin deleted">deleted</span>}
              <span class="lookup-text">
                {e.descriptor ?? e.summary}
                {e.descriptor && <span class="licensed" title="Your organisation's licensed descriptor"> (licensed)</span>}
              </span>
              {!e.deleted && (
                <button type="button" class="lookup-pick" aria-label={`${pickLabel} ${e.code}`} onClick={() => onPick(e)}>
                  {pickLabel}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
