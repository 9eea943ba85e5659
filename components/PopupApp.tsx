import { useEffect, useRef, useState } from 'preact/hooks';
import type { Evidence, Suggestion } from '@/utils/engine/types';
import type { PopupState } from '@/utils/popup/loadPopup';
import { formatCopy } from '@/utils/settings/settings';
import { activeModifiers, orderForDisplay, toggleModifier, type ModifierToggles } from '@/utils/popup/modifierChoices';
import { keyAction } from '@/utils/popup/keyboard';
import { SuggestionCard } from './SuggestionCard';
import { CodeSearch } from './CodeSearch';

type Analysed = Extract<PopupState, { kind: 'analysed' }>;

/** What the popup does in the page it coded; absent in tests of the popup alone. */
export interface PageLink {
  /** Paints the likely codes' evidence; with `focus`, also scrolls the note to that piece. */
  show(state: Analysed, focus?: Evidence): Promise<void>;
  /** Re-codes the note when it changes; returns a function that stops following. */
  follow(state: Analysed, onState: (next: PopupState) => void): () => void;
  clear(state: Analysed): Promise<void>;
}

interface Props {
  load: () => Promise<PopupState>;
  copy: (text: string) => Promise<void>;
  /** Shows a piece of evidence in the page (used when no page link is given). */
  onEvidence?: (evidence: Evidence) => void;
  page?: PageLink;
  /** Shown for the coded tab's site: the auto-scan toggle. */
  siteControls?: (url: string) => preact.ComponentChildren;
  close?: () => void;
}

type View = { kind: 'loading' } | { kind: 'error'; message: string } | PopupState;

export function PopupApp({ load, copy, onEvidence, page, siteControls, close = () => window.close() }: Props) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [status, setStatus] = useState('');
  const [off, setOff] = useState<ModifierToggles>({});

  useEffect(() => {
    load().then(setView, (error: unknown) => {
      setView({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    });
  }, [load]);

  const settled = view.kind !== 'loading';
  useEffect(() => {
    // For the page benchmark: the first result is on screen (effects run after paint).
    if (settled) performance.mark('codecue:rendered');
  }, [settled]);

  const analysed = view.kind === 'analysed' ? view : null;
  // Evidence is lit in the page whenever a new analysis arrives, and the note is followed while the popup is open.
  useEffect(() => {
    if (analysed && page) void page.show(analysed).catch(() => undefined);
  }, [analysed, page]);
  const following = analysed !== null;
  useEffect(() => {
    if (!analysed || !page) return;
    return page.follow(analysed, setView);
    // Follow once per popup: later states come from following itself.
  }, [following, page]);
  const showInPage = (e: Evidence) => {
    if (analysed && page) void page.show(analysed, e).catch(() => undefined);
    onEvidence?.(e);
  };

  const doCopy = (text: string) => {
    copy(text).then(
      () => setStatus(`Copied ${text}`),
      () => setStatus('Could not copy to the clipboard.'),
    );
  };

  const likely = view.kind === 'analysed' ? orderForDisplay(view.analysis.likely) : [];
  const settings = view.kind === 'analysed' ? view.settings : undefined;

  // The listener is installed once and always calls the latest handler, so a
  // key pressed right after a render never sees the previous render's codes.
  const onKeyRef = useRef<(e: KeyboardEvent) => void>(() => {});
  onKeyRef.current = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    const tag = target?.tagName ?? '';
    const action = keyAction({
      key: e.key,
      ctrlKey: e.ctrlKey,
      metaKey: e.metaKey,
      altKey: e.altKey,
      inTextField: tag === 'INPUT' || tag === 'TEXTAREA' || !!target?.isContentEditable,
      onControl: tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY',
    });
    if (!action) return;
    if (action.kind === 'close') {
      close();
    } else if (action.kind === 'focusSearch') {
      const search = document.getElementById('code-search');
      if (search) search.focus();
      else return;
    } else {
      const s = likely[action.index];
      if (!s) return;
      doCopy(formatCopy([{ code: s.code, modifiers: activeModifiers(s, off) }], settings));
    }
    e.preventDefault();
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => onKeyRef.current(e);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

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
      {(view.kind === 'analysed' || view.kind === 'unreadable') && view.storeProblem && (
        <p class="state store-problem" role="alert">
          {view.storeProblem} Showing CodeCue’s built-in codes and rules only: your own rules and descriptors are not applied.
        </p>
      )}
      {view.kind === 'unreadable' && (
        <p class="state unreadable" role="status">
          {view.reason}
        </p>
      )}
      {view.kind === 'analysed' && (
        <Results
          state={view}
          likely={likely}
          off={off}
          onToggle={(code, m) => setOff(toggleModifier(off, code, m))}
          onCopy={doCopy}
          onEvidence={showInPage}
        />
      )}
      {(view.kind === 'analysed' || view.kind === 'unreadable') && view.lookup && <CodeSearch search={view.lookup} onPick={(e) => doCopy(e.code)} />}
      {analysed && (page || siteControls) && (
        <footer class="page-controls">
          {page && analysed.analysis.likely.length > 0 && (
            <button type="button" class="clear-highlights" onClick={() => void page.clear(analysed).catch(() => undefined)}>
              Clear highlights
            </button>
          )}
          {siteControls && analysed.tab?.url && siteControls(analysed.tab.url)}
        </footer>
      )}
      <p class="copy-status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}

interface ResultsProps {
  state: Extract<PopupState, { kind: 'analysed' }>;
  likely: Suggestion[];
  off: ModifierToggles;
  onToggle: (code: string, modifier: string) => void;
  onCopy: (t: string) => void;
  onEvidence?: (evidence: Evidence) => void;
}

function Results({ state, likely, off, onToggle, onCopy, onEvidence }: ResultsProps) {
  const { analysis, summaries, licensed, settings } = state;
  const possible = orderForDisplay(analysis.possible);
  const card = (s: Suggestion, position: number) => (
    <SuggestionCard
      key={s.code}
      suggestion={s}
      position={position}
      activeModifiers={activeModifiers(s, off)}
      summary={summaries.get(s.code)}
      licensed={licensed?.has(s.code)}
      settings={settings}
      text={analysis.text}
      onCopy={onCopy}
      onToggleModifier={(m) => onToggle(s.code, m)}
      onEvidence={onEvidence}
    />
  );
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
            <button
              type="button"
              class="copy-all"
              onClick={() => onCopy(formatCopy(likely.map((s) => ({ code: s.code, modifiers: activeModifiers(s, off) })), settings))}
            >
              Copy all
            </button>
          </div>
          <ul class="suggestions">{likely.map((s, i) => card(s, i + 1))}</ul>
          <p class="hint">Enter copies the first code, 1–9 the numbered one, Esc closes.</p>
        </section>
      )}
      {possible.length > 0 && (
        <section aria-labelledby="possible-heading" class="possible">
          <h2 id="possible-heading">Possible, check the note</h2>
          <ul class="suggestions">{possible.map((s) => card(s, 0))}</ul>
        </section>
      )}
    </>
  );
}
