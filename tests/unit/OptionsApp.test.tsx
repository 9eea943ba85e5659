import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Dexie from 'dexie';
import { OptionsApp } from '@/components/options/OptionsApp';
import { CodeStore } from '@/utils/store/db';
import { createOptionsApi } from '@/utils/store/optionsApi';
import type { ManagedReader } from '@/utils/store/managed';

let db: CodeStore;
let n = 0;
beforeEach(() => {
  db = new CodeStore(`codecue-options-${++n}`);
});
afterEach(async () => {
  cleanup();
  db.close();
  await Dexie.delete(db.name);
});

const show = (managed: ManagedReader = async () => ({})) => render(<OptionsApp api={createOptionsApi(db, managed)} />);
const rows = () => [...document.querySelectorAll('.codes li')].map((li) => li.getAttribute('data-code'));

describe('options page', () => {
  it('seeds the store, lists every code and searches as you type', async () => {
    show();
    const box = await screen.findByLabelText('Search codes');
    expect(rows().length).toBeGreaterThan(50);
    fireEvent.input(box, { target: { value: 'cryo' } });
    await waitFor(() => expect(rows()[0]).toBe('32994'));
    fireEvent.input(box, { target: { value: 'pancost' } });
    await waitFor(() => expect(rows().slice(0, 2).sort()).toEqual(['32503', '32504']));
  });

  it('adds a phrase to a code, and says what is wrong with a bad one', async () => {
    show();
    fireEvent.input(await screen.findByLabelText('Search codes'), { target: { value: '32999' } });
    fireEvent.click((await screen.findAllByRole('button', { pressed: false })).find((b) => b.textContent?.startsWith('32999'))!);
    const input = await screen.findByLabelText('Add a phrase');
    fireEvent.input(input, { target: { value: '!!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add phrase' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Phrase "!!" needs at least one word/);
    fireEvent.input(input, { target: { value: 'zebrafinch lavage' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add phrase' }));
    await waitFor(() => expect(document.querySelector('.user-phrases li[data-phrase="zebrafinch lavage"]')).toBeTruthy());
    expect((await db.changes.toArray()).map((c) => c.id)).toEqual(['phrase:32999:zebrafinch lavage']);
  });

  it('saves a setting, and shows a managed one as set by the organisation', async () => {
    show(async () => ({ settings: { laterality: 'rtlt' } }));
    fireEvent.click(await screen.findByRole('tab', { name: 'Settings' }));
    const lines = await screen.findByLabelText('one per line');
    fireEvent.click(lines);
    await waitFor(async () => expect((await db.meta.get('settings'))?.value).toMatchObject({ copyFormat: 'lines' }));
    expect((screen.getByLabelText('two lines, -RT and -LT') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('two lines, -RT and -LT') as HTMLInputElement).closest('fieldset')!.disabled).toBe(true);
    expect(screen.getByText('set by your organisation')).toBeTruthy();
  });
});
