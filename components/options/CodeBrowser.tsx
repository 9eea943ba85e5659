import { useMemo, useState } from 'preact/hooks';
import { createCodeSearch } from '@/utils/search/codeSearch';
import type { SectionProps } from './OptionsApp';
import { CodeDetailView } from './CodeDetailView';
import { inputValue } from './useAction';

const ORIGIN = { builtin: '', user: 'yours', managed: 'managed' } as const;

/** Search and browse the code set; pick a code to see and change its phrases and rules. */
export function CodeBrowser(props: SectionProps) {
  const { book } = props;
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const search = useMemo(() => createCodeSearch(book.entries), [book.entries]);
  const list = query.trim() ? search.search(query, 50) : book.entries;
  return (
    <div class="browser">
      <div class="code-list">
        <label for="options-search">Search codes</label>
        <input
          id="options-search"
          type="search"
          placeholder="Code, words, a phrase (typos are fine)"
          autocomplete="off"
          spellcheck={false}
          value={query}
          onInput={(e) => setQuery(inputValue(e))}
        />
        <p class="muted" role="status">
          {query.trim() ? `${list.length} match${list.length === 1 ? '' : 'es'}` : `${list.length} codes`}
        </p>
        <ul class="codes" aria-label="Codes">
          {list.map((e) => (
            <li key={e.code} data-code={e.code} class={selected === e.code ? 'selected' : ''}>
              <button type="button" class="code-row" aria-pressed={selected === e.code} onClick={() => setSelected(e.code)}>
                <span class="code">{e.code}</span>
                {ORIGIN[e.origin] && <span class={`origin ${e.origin}`}>{ORIGIN[e.origin]}</span>}
                {e.deleted && <span class="origin deleted">deleted</span>}
                <span class="row-text">{e.descriptor ?? e.summary}</span>
                {e.descriptor && <span class="licensed"> (licensed)</span>}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div class="code-detail">{selected ? <CodeDetailView {...props} code={selected} /> : <p class="muted">Choose a code to see its phrases and rules.</p>}</div>
    </div>
  );
}
