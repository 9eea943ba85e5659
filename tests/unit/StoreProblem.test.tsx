import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import Dexie from 'dexie';
import { OptionsApp } from '@/components/options/OptionsApp';
import type { OptionsApi } from '@/utils/store/optionsApi';
import { CodeStore, DB_NAME } from '@/utils/store/db';
import { seedStore } from '@/utils/store/seed';
import { addPhrase } from '@/utils/store/changes';
import { defaultRuleset } from '@/data';

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await Dexie.delete(DB_NAME);
});

describe('options page when the code store fails', () => {
  it('says why in plain words and still exports the user’s rules to a file', async () => {
    const db = new CodeStore();
    await seedStore(db, defaultRuleset);
    await addPhrase(db, '32999', 'zebrafinch pleural lavage');
    db.close();
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return 'blob:rescue';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const quota = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: new DOMException('quota', 'QuotaExceededError') });
    const api = { load: () => Promise.reject(quota) } as unknown as OptionsApi;

    render(<OptionsApp api={api} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/no room left/);
    fireEvent.click(screen.getByRole('button', { name: 'Export my rules and settings' }));
    await screen.findByText(/Exported 1 change and your settings/);
    const file = JSON.parse(await saved[0].text());
    expect(file.format).toBe('codecue-changes');
    expect(file.phrases).toEqual([{ code: '32999', phrase: 'zebrafinch pleural lavage' }]);
  });
});
