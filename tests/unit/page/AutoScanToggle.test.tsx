import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { AutoScanToggle } from '@/components/AutoScanToggle';

afterEach(cleanup);

// permissions is not in fake-browser: a hand mock holding the granted origins.
let granted: Set<string>;
beforeEach(() => {
  fakeBrowser.reset();
  granted = new Set();
  fakeBrowser.permissions.contains = vi.fn(async ({ origins = [] }) => origins.every((o: string) => granted.has(o))) as never;
  fakeBrowser.permissions.request = vi.fn(async ({ origins = [] }) => (origins.forEach((o: string) => granted.add(o)), true)) as never;
  fakeBrowser.permissions.remove = vi.fn(async ({ origins = [] }) => (origins.forEach((o: string) => granted.delete(o)), true)) as never;
});

describe('AutoScanToggle', () => {
  it('asks for this one site, and removes it again', async () => {
    render(<AutoScanToggle url="https://ehr.example.org/chart/12" />);
    const box = (await screen.findByRole('checkbox', { name: /scan ehr\.example\.org automatically/i })) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    await waitFor(() => expect(box.checked).toBe(true));
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['https://ehr.example.org/*'] });
    fireEvent.click(box);
    await waitFor(() => expect(box.checked).toBe(false));
    expect(granted.size).toBe(0);
  });

  it('shows nothing on a page that is not a web site', async () => {
    const { container } = render(<AutoScanToggle url="chrome://extensions" />);
    await new Promise((r) => setTimeout(r, 10));
    expect(container.textContent).toBe('');
  });
});
