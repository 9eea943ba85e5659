import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { FrameText } from '@/utils/messaging';

// The page's replies, by frame; sendMessage is the only way the popup talks to a frame.
const replies = new Map<number, unknown>();
const sent: Array<{ type: string; data: unknown; frameId?: number }> = [];
vi.mock('@/utils/messaging', async (original) => ({
  ...(await original<typeof import('@/utils/messaging')>()),
  sendMessage: vi.fn(async (type: string, data: unknown, target: { tabId: number; frameId?: number }) => {
    sent.push({ type, data, frameId: target.frameId });
    if (type === 'getFrameText') return replies.get(target.frameId ?? 0);
    if (type === 'highlight') return { painted: (data as { ranges: unknown[] }).ranges.length, inFields: 0 };
    return true;
  }),
}));

const { readTab } = await import('@/utils/page/tabFrames');
const { highlightEvidence, scrollToEvidence } = await import('@/utils/highlight/evidence');

const frame = (text: string, extra: Partial<FrameText> = {}): FrameText => ({ text, selection: '', url: 'https://ehr.example/', truncated: false, covered: false, ...extra });

describe('readTab and highlightEvidence (popup side)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    replies.clear();
    sent.length = 0;
    fakeBrowser.tabs.connect = vi.fn(() => ({ onDisconnect: { addListener() {} }, onMessage: { addListener() {} }, postMessage() {}, disconnect() {} })) as never;
  });

  it('reads only the top frame when no site is granted', async () => {
    fakeBrowser.permissions.getAll = vi.fn(async () => ({ origins: [], permissions: [] }));
    const executeScript = vi.fn(async () => [{ frameId: 0, documentId: 'a', result: undefined }]);
    fakeBrowser.scripting.executeScript = executeScript as never;
    replies.set(0, frame('top frame text'));
    expect((await readTab(1)).text).toBe('top frame text');
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 1, frameIds: [0] }, files: ['/content-scripts/content.js'] });
  });

  it('with a granted site, joins the uncovered frames and sends evidence back to the frame it came from', async () => {
    fakeBrowser.permissions.getAll = vi.fn(async () => ({ origins: ['https://docs.example/*'], permissions: [] }));
    fakeBrowser.scripting.executeScript = vi.fn(async () => [0, 3, 8].map((frameId) => ({ frameId, documentId: String(frameId), result: undefined }))) as never;
    replies.set(0, frame('Chart header'));
    replies.set(3, frame('', { covered: true })); // a same-origin frame the top frame already read
    replies.set(8, frame('PROCEDURE: cryoablation', { url: 'https://docs.example/note' }));
    const page = await readTab(2);
    expect(page.text).toBe('Chart header\n\nPROCEDURE: cryoablation');

    const start = page.text.indexOf('cryoablation');
    sent.length = 0;
    const result = await highlightEvidence(2, [{ start: 0, end: 5 }, { start, end: start + 12 }], 1);
    expect(result).toEqual({ painted: 2, inFields: 0 });
    expect(sent.sort((a, b) => (a.frameId ?? 0) - (b.frameId ?? 0))).toEqual([
      { type: 'highlight', data: { ranges: [{ start: 0, end: 5 }], active: undefined }, frameId: 0 },
      { type: 'highlight', data: { ranges: [{ start: 11, end: 23 }], active: 0 }, frameId: 8 },
    ]);

    sent.length = 0;
    expect(await scrollToEvidence(2, { start, end: start + 12 })).toBe(true);
    expect(sent).toEqual([{ type: 'scrollToEvidence', data: { start: 11, end: 23 }, frameId: 8 }]);
  });

  it('rejects a top frame that answers with junk', async () => {
    fakeBrowser.permissions.getAll = vi.fn(async () => ({ origins: [], permissions: [] }));
    fakeBrowser.scripting.executeScript = vi.fn(async () => [{ frameId: 0, documentId: 'a', result: undefined }]) as never;
    replies.set(0, { text: 42 });
    await expect(readTab(3)).rejects.toThrow(/text/);
  });
});
