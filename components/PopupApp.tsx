import { useEffect, useState } from 'preact/hooks';
import type { PopupState } from '@/utils/popup/loadPopup';
import { formatCodes } from '@/utils/format/formatCode';
import { SuggestionCard } from './SuggestionCard';

interface Props {
  load: () => Promise<PopupState>;
  copy: (text: string) => Promise<void>;
}

type View = { kind: 'loading' } | { kind: 'error'; message: string } | PopupState;

export function PopupApp({ load, copy }: Props) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [status, setStatus] = useState('');

  useEffect(() => {
    load().then(setView, (error: unknown) => {
      setView({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    });
  }, [load]);

  const doCopy = (text: string) => {
    copy(text).then(
      () => setStatus(`Copied ${text}`),
      () => setStatus('Could not copy to the clipboard.'),
    );
  };

  return (
    <main class="popup">
      <header>
        <h1>CodeCue</h1>
      </header>
      {view.kind === 'loading' && <p class="state">Reading the note…</p>}
      {view.kind === 'error' && (
        <p class="state error" role="alert">
          Something went wrong: {view.message}
        </p>
      )}
      {view.kind === 'unreadable' && (
        <p class="state unreadable" role="status">
          {view.reason}
        </p>
      )}
      {view.kind === 'analysed' && <Results state={view} onCopy={doCopy} />}
      <p class="copy-status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}

function Results({ state, onCopy }: { state: Extract<PopupState, { kind: 'analysed' }>; onCopy: (t: string) => void }) {
  const { analysis, summaries } = state;
  const { likely, possible, text } = analysis;
  return (
    <>
      <p class="source">
        {analysis.source === 'selection' ? 'Coding your selection only.' : 'Coding the whole note on this page.'}
        {analysis.truncated && ' The page was very long: only its first part was read.'}
      </p>
      {likely.length === 0 && possible.length === 0 && (
        <p class="state nothing" role="status">
          No thoracic procedure found in this note.
        </p>
      )}
      {likely.length === 0 && possible.length > 0 && (
        <p class="state nothing" role="status">
          No code a coder would report with confidence; possible codes to check are below.
        </p>
      )}
      {likely.length > 0 && (
        <section aria-labelledby="likely-heading">
          <div class="section-head">
            <h2 id="likely-heading">Suggested codes</h2>
            <button type="button" class="copy-all" onClick={() => onCopy(formatCodes(likely))}>
              Copy all
            </button>
          </div>
          <ul class="suggestions">
            {likely.map((s) => (
              <SuggestionCard key={s.code} suggestion={s} summary={summaries.get(s.code)} text={text} onCopy={onCopy} />
            ))}
          </ul>
        </section>
      )}
      {possible.length > 0 && (
        <section aria-labelledby="possible-heading" class="possible">
          <h2 id="possible-heading">Possible, check the note</h2>
          <ul class="suggestions">
            {possible.map((s) => (
              <SuggestionCard key={s.code} suggestion={s} summary={summaries.get(s.code)} text={text} onCopy={onCopy} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
