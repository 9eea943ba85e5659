import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { PopupApp } from '@/components/PopupApp';
import type { PopupState } from '@/utils/popup/loadPopup';
import type { Suggestion } from '@/utils/engine/types';

afterEach(cleanup);

const text = 'PROCEDURE: Right Pancoast resection with chest wall reconstruction using Marlex mesh.';
const s504: Suggestion = {
  code: '32504',
  modifiers: ['RT'],
  confidence: 0.93,
  evidence: [{ start: 17, end: 25, text: 'Pancoast' }],
  reasons: ['Pancoast resection done', 'Chest wall reconstruction with mesh'],
};
const s38746: Suggestion = { code: '38746', modifiers: [], confidence: 0.8, evidence: [], reasons: ['Lymph nodes'], addOn: true };
const sPossible: Suggestion = { code: '32100', modifiers: [], confidence: 0.3, evidence: [], reasons: ['Thoracotomy mentioned'] };

function analysed(likely: Suggestion[], possible: Suggestion[] = [], source: 'page' | 'selection' = 'page'): PopupState {
  return {
    kind: 'analysed',
    analysis: { source, likely, possible, truncated: false, text },
    summaries: new Map([['32504', 'Apex tumour resection with chest wall rebuild']]),
  };
}

describe('PopupApp', () => {
  it('shows each suggestion with its modifiers, summary, confidence and evidence', async () => {
    render(<PopupApp load={async () => analysed([s504])} copy={async () => {}} />);
    const card = await screen.findByText('32504');
    const li = card.closest('li')!;
    expect(li.textContent).toContain('RT');
    expect(li.textContent).toContain('93%');
    expect(li.textContent).toContain('Apex tumour resection with chest wall rebuild');
    expect(li.querySelector('mark')!.textContent).toBe('Pancoast');
  });

  it('copies CODE-MOD and confirms it', async () => {
    const copy = vi.fn(async () => {});
    render(<PopupApp load={async () => analysed([s504, s38746])} copy={copy} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy 32504-RT' }));
    await screen.findByText('Copied 32504-RT');
    expect(copy).toHaveBeenCalledWith('32504-RT');
  });

  it('Copy all copies the likely codes only, comma separated', async () => {
    const copy = vi.fn(async () => {});
    render(<PopupApp load={async () => analysed([s504, s38746], [sPossible])} copy={copy} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy all' }));
    await waitFor(() => expect(copy).toHaveBeenCalledWith('32504-RT, 38746'));
    expect(screen.getByText('Possible, check the note')).toBeTruthy();
  });

  it('says when copying failed', async () => {
    render(<PopupApp load={async () => analysed([s504])} copy={() => Promise.reject(new Error('denied'))} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy 32504-RT' }));
    await screen.findByText('Could not copy to the clipboard.');
  });

  it.each([
    ['nothing found', analysed([]), /No thoracic procedure found/],
    ['only possible codes', analysed([], [sPossible]), /possible codes to check/],
    ['a page that cannot be read', { kind: 'unreadable', reason: 'This is one of the browser’s own pages.' } as PopupState, /browser’s own pages/],
    ['the selection', analysed([s504], [], 'selection'), /selection only/],
  ])('shows a clear state for %s', async (_label, state, message) => {
    render(<PopupApp load={async () => state} copy={async () => {}} />);
    await screen.findByText(message);
  });

  it('shows a load failure as a message, not a blank popup', async () => {
    render(<PopupApp load={() => Promise.reject(new Error('database blocked'))} copy={async () => {}} />);
    await screen.findByText(/database blocked/);
  });
});

describe('PopupApp interactions', () => {
  it('a modifier chip toggles off and the copy text follows', async () => {
    const copy = vi.fn(async () => {});
    render(<PopupApp load={async () => analysed([{ ...s504, modifiers: ['AS', 'RT'], reasons: ['-AS: assistant is a PA: "PA-C"', '-RT: side from "Right"'] }])} copy={copy} />);
    const chip = await screen.findByRole('button', { name: 'Modifier AS' });
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    expect(document.getElementById(chip.getAttribute('aria-describedby')!)!.textContent).toContain('assistant is a PA');
    fireEvent.click(chip);
    expect(chip.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Copy 32504-RT' }));
    await waitFor(() => expect(copy).toHaveBeenCalledWith('32504-RT'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy all' }));
    await waitFor(() => expect(copy).toHaveBeenLastCalledWith('32504-RT'));
  });

  it('lists add-on codes after the primary codes', async () => {
    render(<PopupApp load={async () => analysed([s38746, s504])} copy={async () => {}} />);
    await screen.findByText('32504');
    const codes = [...document.querySelectorAll('.suggestion')].map((li) => li.getAttribute('data-code'));
    expect(codes).toEqual(['32504', '38746']);
  });

  it.each([
    ['Enter', '32504-RT'],
    ['1', '32504-RT'],
    ['2', '38746'],
  ])('key %s copies %s', async (key, expected) => {
    const copy = vi.fn(async () => {});
    render(<PopupApp load={async () => analysed([s504, s38746])} copy={copy} />);
    await screen.findByText('32504');
    fireEvent.keyDown(document.body, { key });
    await waitFor(() => expect(copy).toHaveBeenCalledWith(expected));
    await screen.findByText(`Copied ${expected}`);
  });

  it('a number with no code behind it copies nothing', async () => {
    const copy = vi.fn(async () => {});
    render(<PopupApp load={async () => analysed([s504])} copy={copy} />);
    await screen.findByText('32504');
    fireEvent.keyDown(document.body, { key: '5' });
    expect(copy).not.toHaveBeenCalled();
  });

  it('Escape closes the popup', async () => {
    const close = vi.fn();
    render(<PopupApp load={async () => analysed([s504])} copy={async () => {}} close={close} />);
    await screen.findByText('32504');
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(close).toHaveBeenCalled();
  });

  it('clicking evidence asks to show it in the page', async () => {
    const onEvidence = vi.fn();
    render(<PopupApp load={async () => analysed([s504])} copy={async () => {}} onEvidence={onEvidence} />);
    fireEvent.click(await screen.findByTitle('Show in the note'));
    expect(onEvidence).toHaveBeenCalledWith(s504.evidence[0]);
  });
});

describe('PopupApp when the code store is unavailable', () => {
  it('still shows the suggestions and says plainly what is missing', async () => {
    const state = { ...analysed([s504]), storeProblem: 'The browser has no room left for CodeCue’s code store (storage quota exceeded).' } as PopupState;
    render(<PopupApp load={async () => state} copy={async () => {}} />);
    await screen.findByText('32504');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/no room left/);
    expect(alert.textContent).toMatch(/your own rules and descriptors are not applied/);
  });
});
