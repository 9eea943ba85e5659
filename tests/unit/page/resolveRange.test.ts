import { describe, expect, it } from 'vitest';
import { extractText } from '@/utils/page/extractText';
import { resolveRange } from '@/utils/highlight/resolve';

// happy-dom's Range works only in the window's own document, not in one from createHTMLDocument.
function docFrom(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

function resolve(doc: Document, phrase: string) {
  const extracted = extractText(doc);
  const start = extracted.text.indexOf(phrase);
  expect(start).toBeGreaterThanOrEqual(0);
  return resolveRange(extracted, { start, end: start + phrase.length });
}

describe('resolveRange', () => {
  it.each([
    ['one text node', '<p>Right Pancoast tumor resection</p>', 'Pancoast tumor'],
    ['across inline elements', '<p>reconstruction with <b>Marlex</b> mesh</p>', 'with Marlex mesh'],
    ['across collapsed whitespace', '<p>chest    \n   wall   reconstruction</p>', 'chest wall'],
  ])('maps %s to one DOM Range over exactly the words', (_label, html, phrase) => {
    const targets = resolve(docFrom(html), phrase);
    expect(targets).toHaveLength(1);
    expect(targets[0].kind).toBe('text');
    const range = (targets[0] as { range: Range }).range;
    expect(range.toString().replace(/\s+/g, ' ')).toBe(phrase);
  });

  it('maps evidence in a text field to a slice of its value', () => {
    const targets = resolve(docFrom('<p>Note</p><textarea>first line\nthe cryoprobe was used</textarea>'), 'cryoprobe');
    expect(targets).toEqual([{ kind: 'field', field: expect.any(Object), start: 15, end: 24 }]);
  });

  it('splits a range that runs from page text into a field', () => {
    const targets = resolve(docFrom('<p>Addendum</p><textarea>mesh</textarea>'), 'Addendum\nmesh');
    expect(targets.map((t) => t.kind)).toEqual(['text', 'field']);
  });

  it('returns nothing for an empty or out-of-range span', () => {
    const extracted = extractText(docFrom('<p>abc</p>'));
    expect(resolveRange(extracted, { start: 2, end: 2 })).toEqual([]);
    expect(resolveRange(extracted, { start: 100, end: 120 })).toEqual([]);
  });
});
