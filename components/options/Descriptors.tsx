import type { DescriptorPreview } from '@/utils/importExport/store';
import type { SectionProps } from './OptionsApp';
import { useAction } from './useAction';
import { Refused, useFileCheck } from './fileCheck';

/** Import of the organisation's licensed CPT descriptor file (code TAB descriptor per line). */
export function Descriptors({ api, book, refresh }: SectionProps) {
  const { error, busy, run, setError } = useAction(refresh);
  const { value: preview, setValue: setPreview, problems, status, setStatus, onFile } = useFileCheck<DescriptorPreview>(async (file) => {
    const result = await api.previewDescriptors(new Uint8Array(await file.arrayBuffer()));
    return result.ok ? { ok: true, value: result.preview } : result;
  }, () => setError(''));

  return (
    <div>
      <p>
        CodeCue ships its own one-line summaries, never AMA descriptor text. If your organisation licenses CPT descriptors, import its file here: a code, a tab, then
        the descriptor on each line (a header line is fine; UTF-8 or Windows-1252). The popup and this page then show those descriptors, marked as licensed.
      </p>
      <p class="muted">{book.descriptors.size} licensed descriptors stored.</p>
      <label for="descriptor-file">Choose a descriptor file (.txt or .tsv)</label>
      <input id="descriptor-file" type="file" accept=".txt,.tsv,.tab,text/plain,text/tab-separated-values" onChange={(e) => void onFile(e)} />
      <Refused problems={problems} />
      {preview && (
        <div class="import-preview">
          <p>
            {preview.rows.length} descriptors read ({preview.encoding}
            {preview.header ? ', header line skipped' : ''}): {preview.added} new, {preview.changed} changed, {preview.unchanged} the same; {preview.inCodeSet} are codes in
            the code store.
          </p>
          <button
            type="button"
            class="apply-descriptors"
            disabled={busy}
            onClick={() =>
              void run(() => api.applyDescriptors(preview.rows)).then((ok) => {
                if (ok) {
                  setStatus(`Imported ${preview.rows.length} licensed descriptors.`);
                  setPreview(null);
                }
              })
            }
          >
            Import descriptors
          </button>
          <button type="button" onClick={() => setPreview(null)}>
            Cancel
          </button>
        </div>
      )}
      {book.descriptors.size > 0 && (
        <button type="button" class="clear-descriptors" disabled={busy} onClick={() => void run(() => api.clearDescriptors()).then((ok) => ok && setStatus('Licensed descriptors removed.'))}>
          Remove all licensed descriptors
        </button>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <p role="status" class="import-status">
        {status}
      </p>
    </div>
  );
}
