import { describe, expect, it } from 'vitest';
import { isOwnTopFrameScript, parseFrameText, parseHighlightResult, parsePagePortMessage, parseTextRanges } from '@/utils/messaging';

const page = { text: 'note', selection: '', url: 'https://ehr.example/', truncated: false };

describe('page-side protocol checks', () => {
  it('parseFrameText needs the covered flag', () => {
    expect(parseFrameText({ ...page, covered: false })).toEqual({ ...page, covered: false });
    expect(() => parseFrameText(page)).toThrow(/covered/);
  });

  it.each([
    [{ type: 'pageChanged', page }, { type: 'pageChanged', page }],
    [{ type: 'pageChanged', page: { text: 1 } }, null],
    [{ type: 'other', page }, null],
    ['pageChanged', null],
    [null, null],
  ])('parsePagePortMessage(%j)', (input, expected) => {
    expect(parsePagePortMessage(input)).toEqual(expected);
  });

  it('parseTextRanges keeps only well-formed ranges, and a bounded number', () => {
    expect(parseTextRanges([{ start: 1, end: 3 }, { start: 3, end: 3 }, { start: -1, end: 2 }, { start: 1.5, end: 4 }, 'x', null])).toEqual([{ start: 1, end: 3 }]);
    expect(parseTextRanges('nope')).toEqual([]);
    expect(parseTextRanges(Array.from({ length: 900 }, () => ({ start: 0, end: 1 })))).toHaveLength(500);
  });

  it('parseHighlightResult turns junk into zeros', () => {
    expect(parseHighlightResult({ painted: 2, inFields: 1 })).toEqual({ painted: 2, inFields: 1 });
    expect(parseHighlightResult({ painted: -2, inFields: 'x' })).toEqual({ painted: 0, inFields: 0 });
    expect(parseHighlightResult(undefined)).toEqual({ painted: 0, inFields: 0 });
  });

  it.each([
    [{ id: 'me', tab: { id: 4 }, frameId: 0 }, true],
    [{ id: 'other', tab: { id: 4 }, frameId: 0 }, false],
    [{ id: 'me', tab: { id: 4 }, frameId: 3 }, false],
    [{ id: 'me', frameId: 0 }, false],
    [undefined, false],
  ])('isOwnTopFrameScript(%j) is %s', (sender, expected) => {
    expect(isOwnTopFrameScript(sender, 'me')).toBe(expected);
  });
});
