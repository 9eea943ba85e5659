import { afterEach, describe, expect, it } from 'vitest';
import { extractText } from '@/utils/page/extractText';
import { readPage } from '@/utils/page/readPage';
import { selectionSpan } from '@/utils/page/selectionSpan';
import { combineFrames } from '@/utils/page/combineFrames';
import { toPageRanges } from '@/utils/highlight/evidence';
import { parsePageText } from '@/utils/messaging';

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  document.body.innerHTML = '';
});

function select(node: Node, from: number, toNode: Node, to: number) {
  const range = document.createRange();
  range.setStart(node, from);
  range.setEnd(toNode, to);
  const sel = document.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
}

describe('selectionSpan', () => {
  it('places a selection inside one paragraph, whitespace collapsed as in the text', () => {
    document.body.innerHTML = '<p>First   note.</p><p>PROCEDURE:   cryoablation of the   nodule.</p>';
    const t = document.body.children[1].firstChild as Text;
    select(t, t.data.indexOf('cryo'), t, t.data.indexOf('nodule') + 6);
    const extracted = extractText(document);
    const span = selectionSpan(extracted, document)!;
    expect(extracted.text.slice(span.start, span.end)).toBe('cryoablation of the nodule');
  });

  it('places a selection across elements', () => {
    document.body.innerHTML = '<p id="a">Right Pancoast tumor</p><p>resected <b>en bloc</b> today</p>';
    const a = document.getElementById('a')!.firstChild as Text;
    const b = document.querySelector('b')!.firstChild as Text;
    select(a, 6, b, 7);
    const extracted = extractText(document);
    const span = selectionSpan(extracted, document)!;
    expect(extracted.text.slice(span.start, span.end)).toBe('Pancoast tumor\nresected en bloc');
  });

  it('places a selection in a focused text field', () => {
    document.body.innerHTML = '<p>Header</p><textarea id="t">ignore this; cryoablation</textarea>';
    const field = document.getElementById('t') as HTMLTextAreaElement;
    field.focus();
    field.setSelectionRange(13, 25);
    const { page } = readPage(document);
    expect(page.selection).toBe('cryoablation');
    expect(page.text.slice(page.selectionStart!, page.selectionStart! + page.selection.length)).toBe('cryoablation');
  });

  it('is null without a selection', () => {
    document.body.innerHTML = '<p>text</p>';
    expect(selectionSpan(extractText(document), document)).toBeNull();
  });
});

describe('selection offsets through the protocol and frames', () => {
  it('parsePageText keeps selectionStart only when it points at the selection', () => {
    const base = { text: 'abc cryo def', selection: 'cryo', url: '', truncated: false };
    expect(parsePageText({ ...base, selectionStart: 4 }).selectionStart).toBe(4);
    expect(parsePageText({ ...base, selectionStart: 5 }).selectionStart).toBeUndefined();
    expect(parsePageText({ ...base, selectionStart: '4' }).selectionStart).toBeUndefined();
  });

  it('combineFrames moves a subframe selection into the combined text', () => {
    const { page } = combineFrames([
      { frameId: 0, page: { text: 'top frame', selection: '', url: '', truncated: false } },
      { frameId: 5, page: { text: 'note: cryoablation', selection: 'cryoablation', url: '', truncated: false, selectionStart: 6 } },
    ]);
    expect(page.text.slice(page.selectionStart!, page.selectionStart! + 12)).toBe('cryoablation');
  });

  it('toPageRanges shifts selection offsets into page offsets', () => {
    const page = { text: 'xx cryoablation', selection: 'cryoablation', url: '', truncated: false, selectionStart: 3 };
    expect(toPageRanges(page, true, [{ start: 0, end: 4 }])).toEqual([{ start: 3, end: 7 }]);
    expect(toPageRanges(page, false, [{ start: 0, end: 4 }])).toEqual([{ start: 0, end: 4 }]);
    expect(toPageRanges({ ...page, selectionStart: undefined }, true, [{ start: 0, end: 4 }])).toEqual([]);
  });
});
