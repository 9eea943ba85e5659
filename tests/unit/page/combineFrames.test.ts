import { describe, expect, it } from 'vitest';
import { combineFrames, FRAME_SEPARATOR, splitByFrame } from '@/utils/page/combineFrames';
import type { PageText } from '@/utils/messaging';

const page = (text: string, extra: Partial<PageText> = {}): PageText => ({ text, selection: '', url: '', truncated: false, ...extra });

describe('combineFrames', () => {
  it('puts the top frame first and records where each frame went', () => {
    const { page: combined, spans } = combineFrames([
      { frameId: 7, page: page('second frame') },
      { frameId: 0, page: page('top', { url: 'https://ehr.example/chart' }) },
      { frameId: 3, page: page('first frame', { truncated: true }) },
    ]);
    expect(combined.text).toBe(['top', 'first frame', 'second frame'].join(FRAME_SEPARATOR));
    expect(combined.url).toBe('https://ehr.example/chart');
    expect(combined.truncated).toBe(true);
    for (const { frameId, start, end } of spans) {
      expect(combined.text.slice(start, end)).toBe({ 0: 'top', 3: 'first frame', 7: 'second frame' }[frameId]);
    }
  });

  it("takes the first frame's non-blank selection", () => {
    const { page: combined } = combineFrames([
      { frameId: 0, page: page('a', { selection: '  ' }) },
      { frameId: 2, page: page('b', { selection: 'cryoablation' }) },
    ]);
    expect(combined.selection).toBe('cryoablation');
  });
});

describe('splitByFrame', () => {
  const spans = [
    { frameId: 0, start: 0, end: 10 },
    { frameId: 4, start: 12, end: 30 },
  ];

  it.each([
    ['a range in the top frame', [{ start: 2, end: 5 }], undefined, [{ frameId: 0, ranges: [{ start: 2, end: 5 }] }]],
    ['a range in a subframe, made local', [{ start: 14, end: 20 }], 0, [{ frameId: 4, ranges: [{ start: 2, end: 8 }], active: 0 }]],
    [
      'the active index follows its range into its frame',
      [{ start: 1, end: 2 }, { start: 13, end: 15 }, { start: 16, end: 18 }],
      2,
      [
        { frameId: 0, ranges: [{ start: 1, end: 2 }] },
        { frameId: 4, ranges: [{ start: 1, end: 3 }, { start: 4, end: 6 }], active: 1 },
      ],
    ],
    [
      'a range over the separator is clipped to each side',
      [{ start: 8, end: 14 }],
      undefined,
      [
        { frameId: 0, ranges: [{ start: 8, end: 10 }] },
        { frameId: 4, ranges: [{ start: 0, end: 2 }] },
      ],
    ],
    ['a range only in the separator goes nowhere', [{ start: 10, end: 12 }], undefined, []],
  ])('%s', (_label, ranges, active, expected) => {
    expect(splitByFrame(spans, ranges, active)).toEqual(expected);
  });
});
