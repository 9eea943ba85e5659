import type { Evidence, Suggestion } from '@/utils/engine/types';
import { formatCopy } from '@/utils/settings/settings';
import type { Settings } from '@/utils/store/types';
import { snippet } from '@/utils/popup/analyzePage';
import { modifierReason } from '@/utils/popup/modifierChoices';
import { ModifierChip } from './ModifierChip';

interface Props {
  suggestion: Suggestion;
  /** 1-based position among the likely codes, for the number-key shortcut; 0 when none. */
  position: number;
  activeModifiers: string[];
  summary: string | undefined;
  /** The summary is the organisation's licensed descriptor. */
  licensed?: boolean;
  /** Copy format (comma or lines, with or without modifiers); defaults when absent. */
  settings?: Settings;
  text: string;
  onCopy: (codeText: string) => void;
  onToggleModifier: (modifier: string) => void;
  onEvidence?: (evidence: Evidence) => void;
}

export function SuggestionCard({ suggestion, position, activeModifiers, summary, licensed, settings, text, onCopy, onToggleModifier, onEvidence }: Props) {
  const codeText = formatCopy([{ code: suggestion.code, modifiers: activeModifiers }], settings);
  const percent = Math.round(suggestion.confidence * 100);
  const headingId = `code-${suggestion.code}`;
  return (
    <li class="suggestion" data-code={suggestion.code} aria-labelledby={headingId}>
      <div class="suggestion-head">
        {position > 0 && position <= 9 && (
          <kbd class="position" title={`Press ${position} to copy`}>
            {position}
          </kbd>
        )}
        <span class="code" id={headingId}>
          {suggestion.code}
        </span>
        {suggestion.modifiers.map((m) => (
          <ModifierChip
            key={m}
            modifier={m}
            reason={modifierReason(suggestion, m)}
            on={activeModifiers.includes(m)}
            onToggle={() => onToggleModifier(m)}
          />
        ))}
        {suggestion.addOn && <span class="addon">add-on</span>}
        <span class="confidence">{percent}% sure</span>
        <button type="button" class="copy" aria-label={`Copy ${codeText}`} onClick={() => onCopy(codeText)}>
          Copy
        </button>
      </div>
      <p class="summary">
        {summary ?? 'No summary in the code store for this code.'}
        {licensed && (
          <span class="licensed" title="Your organisation's licensed descriptor">
            {' '}
            (licensed)
          </span>
        )}
      </p>
      {suggestion.evidence.length > 0 && (
        <ul class="evidence" aria-label={`Evidence for ${suggestion.code} in the note`}>
          {suggestion.evidence.slice(0, 3).map((e) => {
            const s = snippet(text, e.start, e.end);
            return (
              <li key={`${e.start}-${e.end}`}>
                <button type="button" class="evidence-link" title="Show in the note" onClick={() => onEvidence?.(e)}>
                  {s.before}
                  <mark>{s.match}</mark>
                  {s.after}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <details class="reasons">
        <summary>Why</summary>
        <ul>
          {suggestion.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </details>
      {suggestion.warnings?.map((w) => (
        <p class="warning" role="note" key={w}>
          ⚠ {w}
        </p>
      ))}
    </li>
  );
}
