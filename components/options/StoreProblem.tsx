import { useState } from 'preact/hooks';
import { rescueExport } from '@/utils/store/rescueExport';
import { saveFile } from './ImportExport';

/**
 * Shown when the code store cannot be opened: says why, and still lets the
 * coder take their own rules away in a file any CodeCue can import.
 */
export function StoreProblem({ message }: { message: string }) {
  const [status, setStatus] = useState('');
  const rescue = async () => {
    try {
      const { file, skipped } = await rescueExport();
      saveFile('codecue-changes-rescued.json', JSON.stringify(file, null, 2), 'application/json');
      const count = file.codes.length + file.phrases.length + file.disabledPhrases.length + file.disabledRules.length;
      setStatus(`Exported ${count} change${count === 1 ? '' : 's'} and your settings.${skipped ? ` ${skipped} damaged record${skipped === 1 ? ' was' : 's were'} left out.` : ''}`);
    } catch (e) {
      setStatus(`Your rules could not be read either: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <main class="options">
      <h1>CodeCue settings and code store</h1>
      <p role="alert" class="error">
        {message}
      </p>
      <p>Nothing was changed. Your own rules are still in the store and can be saved to a file now.</p>
      <button type="button" onClick={() => void rescue()}>
        Export my rules and settings
      </button>
      <p role="status">{status}</p>
    </main>
  );
}
