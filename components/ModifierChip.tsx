interface Props {
  modifier: string;
  reason: string;
  on: boolean;
  onToggle: () => void;
}

/** A modifier the coder can leave out; its reason shows on hover and focus. */
export function ModifierChip({ modifier, reason, on, onToggle }: Props) {
  const tipId = `mod-tip-${modifier}-${Math.abs(hash(reason))}`;
  return (
    <span class="chip-wrap">
      <button
        type="button"
        class={on ? 'modifier' : 'modifier off'}
        aria-pressed={on}
        aria-describedby={tipId}
        aria-label={`Modifier ${modifier}`}
        onClick={onToggle}
      >
        {modifier}
      </button>
      <span role="tooltip" id={tipId} class="tip">
        {on ? '' : 'Left out. '}
        {reason}
      </span>
    </span>
  );
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}
