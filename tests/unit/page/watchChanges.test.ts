import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchChanges } from '@/utils/page/watchChanges';

describe('watchChanges', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('reports a burst of DOM changes once, after it goes quiet', async () => {
    const onChange = vi.fn();
    const watcher = watchChanges(document, onChange, { quietMs: 50, maxWaitMs: 1000 });
    for (let i = 0; i < 5; i++) document.body.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 20));
    expect(onChange).not.toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 80));
    expect(onChange).toHaveBeenCalledTimes(1);
    watcher.stop();
  });

  it('hears typing in a field, whose value is not in the DOM', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const onChange = vi.fn();
    const watcher = watchChanges(document, onChange, { quietMs: 10 });
    const field = document.querySelector('textarea')!;
    field.value = 'cryoablation';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 40));
    expect(onChange).toHaveBeenCalledTimes(1);
    watcher.stop();
  });

  it('is silent after stop', async () => {
    const onChange = vi.fn();
    watchChanges(document, onChange, { quietMs: 10 }).stop();
    document.body.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 40));
    expect(onChange).not.toHaveBeenCalled();
  });
});
