import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Codebook } from '@/utils/store/codebook';
import type { OptionsApi } from '@/utils/store/optionsApi';
import { CodeBrowser } from './CodeBrowser';
import { CustomCodeForm } from './CustomCodeForm';
import { SettingsForm } from './SettingsForm';
import { ImportExport } from './ImportExport';
import { Descriptors } from './Descriptors';
import { ManagedPacks } from './ManagedPacks';
import { StoreProblem } from './StoreProblem';
import { describeStoreError } from '@/utils/store/storeError';

export interface SectionProps {
  api: OptionsApi;
  book: Codebook;
  refresh: () => Promise<void>;
}

const TABS = [
  ['codes', 'Codes and phrases'],
  ['custom', 'Add a code'],
  ['settings', 'Settings'],
  ['transfer', 'Import and export'],
  ['descriptors', 'Licensed descriptors'],
  ['managed', 'Managed by your organisation'],
] as const;
type Tab = (typeof TABS)[number][0];

export function OptionsApp({ api }: { api: OptionsApi }) {
  const [book, setBook] = useState<Codebook | null>(null);
  const [error, setError] = useState('');
  const [tab, setTab] = useState<Tab>('codes');
  const refresh = useCallback(async () => {
    try {
      setBook(await api.load());
    } catch (e) {
      setError(describeStoreError(e));
    }
  }, [api]);
  useEffect(() => void refresh(), [refresh]);

  if (error) return <StoreProblem message={error} />;
  if (!book) return <p class="state">Opening the code store…</p>;
  const props = { api, book, refresh };
  return (
    <main class="options">
      <header>
        <h1>CodeCue settings and code store</h1>
        <p class="muted">
          Code set edition {book.base.edition}, data version {book.base.dataVersion}. {book.changes.length} change{book.changes.length === 1 ? '' : 's'} of yours,{' '}
          {book.descriptors.size} licensed descriptor{book.descriptors.size === 1 ? '' : 's'}, {book.managed.packs.length} managed pack{book.managed.packs.length === 1 ? '' : 's'}.
        </p>
      </header>
      <nav role="tablist" aria-label="Sections">
        {TABS.map(([id, label]) => (
          <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls={`panel-${id}`} onClick={() => setTab(id)}>
            {label}
          </button>
        ))}
      </nav>
      <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'codes' && <CodeBrowser {...props} />}
        {tab === 'custom' && <CustomCodeForm {...props} />}
        {tab === 'settings' && <SettingsForm {...props} />}
        {tab === 'transfer' && <ImportExport {...props} />}
        {tab === 'descriptors' && <Descriptors {...props} />}
        {tab === 'managed' && <ManagedPacks {...props} />}
      </section>
    </main>
  );
}
