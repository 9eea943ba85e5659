import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { PopupApp } from '@/components/PopupApp';
import type { PopupState } from '@/utils/popup/loadPopup';
import type { Suggestion } from '@/utils/engine/types';
import { defaultRuleset } from '@/data';
import { createCodeSearch, searchEntries } from '@/utils/search/codeSearch';
import { DEFAULT_SETTINGS } from '@/utils/store/types';

afterEach(cleanup);

const text = 'PROCEDURE: Bilateral cryoablation of lung nodules; right Pancoast resection.';
const s994: Suggestion = { code: '32994', modifiers: ['RT', 'LT'], confidence: 0.9, evidence: [], reasons: ['both sides'] };
const s503: Suggestion = { code: '32503', modifiers: ['RT'], confidence: 0.9, evidence: [], reasons: ['apex'] };
const lookup = createCodeSearch(searchEntries(defaultRuleset, { descriptors: new Map([['32960', 'LICENSED 32960']]) }));

function state(over: Partial<Extract<PopupState, { kind: 'analysed' }>> = {}): PopupState {
  return {
    kind: 'analysed',
    analysis: { source: 'page', likely: [s503, s994], possible: [], truncated: false, text },
    summaries: new Map([
      ['32503', 'LICENSED 32503'],
      ['32994', 'Our cryo summary'],
    ]),
    licensed: new Set(['32503']),
    settings: DEFAULT_SETTINGS,
    lookup,
    ...over,
  };
}

describe('popup with the code store', () => {
  it('marks a licensed descriptor as licensed, and our summary not', async () => {
    render(<PopupApp load={async () => state()} copy={async () => {}} />);
    const card503 = (await screen.findByText('LICENSED 32503')).closest('li')!;
    expect(card503.textContent).toContain('(licensed)');
    expect(screen.getByText('Our cryo summary').closest('li')!.textContent).not.toContain('(licensed)');
  });

  it.each([
    [{ ...DEFAULT_SETTINGS }, '32503-RT, 32994-RT, 32994-LT'],
    [{ ...DEFAULT_SETTINGS, copyFormat: 'lines' as const }, '32503-RT\n32994-RT\n32994-LT'],
    [{ ...DEFAULT_SETTINGS, includeModifiers: false }, '32503, 32994'],
  ])('Copy all follows the copy settings %j', async (settings, expected) => {
    const copy = vi.fn(async () => {});
    render(<PopupApp load={async () => state({ settings })} copy={copy} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy all' }));
    await waitFor(() => expect(copy).toHaveBeenCalledWith(expected));
  });

  it('finds a code the engine did not suggest, typo and all, and copies it', async () => {
    const copy = vi.fn(async () => {});
    render(<PopupApp load={async () => state()} copy={copy} />);
    const box = await screen.findByRole('searchbox', { name: 'Find a code' });
    fireEvent.input(box, { target: { value: 'therapeutic pneumothorx' } });
    const hit = await screen.findByText('LICENSED 32960');
    expect(hit.closest('li')!.getAttribute('data-code')).toBe('32960');
    fireEvent.click(screen.getByRole('button', { name: 'Copy 32960' }));
    await waitFor(() => expect(copy).toHaveBeenCalledWith('32960'));
  });

  it('offers the lookup on a page it cannot read, and "/" focuses it', async () => {
    render(<PopupApp load={async () => ({ kind: 'unreadable', reason: 'A browser page.', lookup })} copy={async () => {}} />);
    const box = await screen.findByRole('searchbox', { name: 'Find a code' });
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(box);
    fireEvent.input(box, { target: { value: 'cryo' } });
    expect((await screen.findAllByRole('listitem'))[0].getAttribute('data-code')).toBe('32994');
  });
});
