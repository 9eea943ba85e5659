import { useState } from 'preact/hooks';

type Check<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/**
 * A chosen file checked before anything is written: either a value to
 * confirm (a plan, a preview) or the problems that refuse it whole.
 */
export function useFileCheck<T>(check: (file: File) => Promise<Check<T>>, onReset: () => void) {
  const [value, setValue] = useState<T | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const onFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    setValue(null);
    setProblems([]);
    setStatus('');
    onReset();
    if (!file) return;
    const result = await check(file);
    if (result.ok) setValue(result.value);
    else setProblems(result.errors);
    input.value = '';
  };
  return { value, setValue, problems, status, setStatus, onFile };
}

export function Refused({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" class="import-errors">
      <p>This file was not imported; nothing changed:</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
