import { useState } from 'preact/hooks';
import type { ImportPlan } from '@/utils/importExport/changesFile';
import type { SectionProps } from './OptionsApp';
import { checked, useAction } from './useAction';
import { PlanList } from './PlanList';
import { Refused, useFileCheck } from './fileCheck';

/** Saves a text file the browser's way (a download), without any permission. */
export function saveFile(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ImportExport({ api, refresh }: SectionProps) {
  const { error, busy, run, setError } = useAction(refresh);
  const [licensed, setLicensed] = useState(false);
  const { value: plan, setValue: setPlan, problems, status, setStatus, onFile } = useFileCheck<ImportPlan>(async (file) => {
    const result = await api.previewImport(await file.text());
    return result.ok ? { ok: true, value: result.plan } : result;
  }, () => setError(''));

  return (
    <div>
      <h2>Export</h2>
      <p class="muted">One JSON file with everything you changed: custom codes, added and turned-off phrases and rules, and settings.</p>
      <label>
        <input type="checkbox" name="includeLicensed" checked={licensed} onChange={(e) => setLicensed(checked(e))} /> Include licensed descriptor text (only for
        sharing inside your organisation)
      </label>
      <button
        type="button"
        class="export"
        onClick={() =>
          void run(async () => {
            saveFile(`codecue-changes-${new Date().toISOString().slice(0, 10)}.json`, await api.exportChanges(licensed), 'application/json');
          })
        }
      >
        Export my changes
      </button>

      <h2>Import</h2>
      <p class="muted">Nothing changes until you confirm; a file with any problem is refused whole.</p>
      <label for="import-file">Choose an exported CodeCue file</label>
      <input id="import-file" type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} />
      <Refused problems={problems} />
      {plan && (
        <div class="import-preview" aria-label="What the import will do">
          <PlanList title="Will add" items={plan.added} />
          <PlanList title="Will change" items={[...plan.changed, ...plan.settingsChanged]} />
          <p class="muted">{plan.unchanged} already the same.</p>
          <button
            type="button"
            class="apply-import"
            disabled={busy}
            onClick={() =>
              void run(() => api.applyImport(plan)).then((ok) => {
                if (ok) {
                  setStatus(`Imported: ${plan.added.length} added, ${plan.changed.length + plan.settingsChanged.length} changed.`);
                  setPlan(null);
                }
              })
            }
          >
            Apply import
          </button>
          <button type="button" onClick={() => setPlan(null)}>
            Cancel
          </button>
        </div>
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
