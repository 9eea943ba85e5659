import type { Suggestion } from '@/utils/engine/types';
import { formatCode } from '@/utils/format/formatCode';
import { snippet } from '@/utils/popup/analyzePage';

interface Props {
  suggestion: Suggestion;
  summary: string | undefined;
  text: string;
  onCopy: (codeText: string) => void;
}

export function SuggestionCard({ suggestion, summary, text, onCopy }: Props) {
  const codeText = formatCode(suggestion.code, suggestion.modifiers);
  const percent = Math.round(suggestion.confidence * 100);
  return (
    <li class="suggestion" data-code={suggestion.code}>
      <div class="suggestion-head">
        <span class="code">{suggestion.code}</span>
        {suggestion.modifiers.map((m) => (
          <span class="modifier" key={m}>
            {m}
          </span>
        ))}
        {suggestion.addOn && <span class="addon">add-on</span>}
        <span class="confidence" title="How sure CodeCue is that a coder would report this code">
          {percent}%
        </span>
        <button type="button" class="copy" aria-label={`Copy ${codeText}`} onClick={() => onCopy(codeText)}>
          Copy
        </button>
      </div>
      <p class="summary">{summary ?? 'No summary in the code store for this code.'}</p>
      {suggestion.evidence.length > 0 && (
        <ul class="evidence" aria-label="Evidence in the note">
          {suggestion.evidence.slice(0, 3).map((e) => {
            const s = snippet(text, e.start, e.end);
            return (
              <li key={`${e.start}-${e.end}`}>
                {s.before}
                <mark>{s.match}</mark>
                {s.after}
              </li>
            );
          })}
        </ul>
      )}
      {suggestion.reasons.length > 0 && (
        <details class="reasons">
          <summary>Why</summary>
          <ul>
            {suggestion.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </details>
      )}
      {suggestion.warnings?.map((w) => (
        <p class="warning" role="note" key={w}>
          {w}
        </p>
      ))}
    </li>
  );
}
