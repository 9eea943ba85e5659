/** What a key press in the popup asks for; null when the key is not ours. */
export type PopupKeyAction =
  | { kind: 'copy'; index: number }
  | { kind: 'focusSearch' }
  | { kind: 'close' };

interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** True when focus is in a text field: typed digits and "/" belong to it then. */
  inTextField: boolean;
  /** True when focus is on a button or link: Enter activates that instead. */
  onControl: boolean;
}

export function keyAction(e: KeyLike): PopupKeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.key === 'Escape') return { kind: 'close' };
  if (e.inTextField) return null;
  if (e.key === 'Enter' && !e.onControl) return { kind: 'copy', index: 0 };
  if (/^[1-9]$/.test(e.key)) return { kind: 'copy', index: Number(e.key) - 1 };
  if (e.key === '/') return { kind: 'focusSearch' };
  return null;
}
