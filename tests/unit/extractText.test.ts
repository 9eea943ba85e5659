import { describe, expect, it } from 'vitest';
import { extractText, locate } from '@/utils/page/extractText';
import { readPage, readSelection } from '@/utils/page/readPage';

function docFrom(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc;
}

/** Every word of the output must map back to the same characters in the DOM. */
function expectRoundTrip(doc: Document, word: string) {
  const extracted = extractText(doc);
  const start = extracted.text.indexOf(word);
  expect(start, `"${word}" in "${extracted.text}"`).toBeGreaterThanOrEqual(0);
  const from = locate(extracted, start)!;
  const to = locate(extracted, start + word.length)!;
  expect(from.source).toBe(to.source);
  const raw = 'data' in from.source ? (from.source as Text).data : (from.source as HTMLTextAreaElement).value;
  expect(raw.slice(from.offset, to.offset)).toBe(word);
}

describe('extractText', () => {
  it.each([
    ['plain paragraphs become lines', '<p>PROCEDURE: Pancoast</p><p>FINDINGS: tumor</p>', 'PROCEDURE: Pancoast\nFINDINGS: tumor'],
    ['inline elements stay on the line', '<p>Right <b>superior sulcus</b> tumor</p>', 'Right superior sulcus tumor'],
    ['source whitespace collapses', '<div>\n   chest   wall\n   reconstruction\n</div>', 'chest wall reconstruction'],
    ['br breaks a line', 'line one<br>line two', 'line one\nline two'],
    ['scripts and styles are skipped', '<p>note</p><script>var x="pancoast"</script><style>p{}</style>', 'note'],
    ['display:none is skipped', '<p>kept</p><div style="display:none">hidden mesh</div>', 'kept'],
    ['visibility:hidden is skipped', '<p>kept</p><div style="visibility:hidden">hidden mesh</div>', 'kept'],
    ['aria-hidden is skipped', '<p>kept</p><div aria-hidden="true">decorative</div>', 'kept'],
    ['hidden attribute is skipped', '<p>kept</p><div hidden>old draft</div>', 'kept'],
    ['textarea value is read', '<p>Note:</p><textarea>cryoablation of RLL nodule</textarea>', 'Note:\ncryoablation of RLL nodule'],
    ['text inputs are read, passwords not', '<input value="take-back for bleeding"><input type="password" value="secret">', 'take-back for bleeding'],
    ['pre keeps its line breaks', '<pre>PROCEDURE:\n  Resection</pre>', 'PROCEDURE:\n  Resection'],
    ['table cells are spaced', '<table><tr><td>Surgeon</td><td>Dr A</td></tr></table>', 'Surgeon Dr A'],
  ])('%s', (_label, html, expected) => {
    expect(extractText(docFrom(html)).text.trim()).toBe(expected);
  });

  it('reads open shadow roots, including slotted light DOM', () => {
    const doc = docFrom('<ehr-note><span>slotted words</span></ehr-note>');
    const host = doc.querySelector('ehr-note')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Shadow text before</p><slot></slot><p>after</p>';
    const { text } = extractText(doc);
    expect(text).toContain('Shadow text before');
    expect(text).toContain('slotted words');
    expect(text.indexOf('Shadow text before')).toBeLessThan(text.indexOf('slotted words'));
    expect(text.indexOf('slotted words')).toBeLessThan(text.indexOf('after'));
  });

  it('cuts at the cap and says so', () => {
    const doc = docFrom(`<p>${'a'.repeat(500)}</p><p>${'b'.repeat(500)}</p>`);
    const out = extractText(doc, 700);
    expect(out.text.length).toBeLessThanOrEqual(700);
    expect(out.truncated).toBe(true);
    expect(extractText(doc).truncated).toBe(false);
  });

  it.each([
    ['<p>The   Pancoast\n\n   tumor</p>', 'Pancoast'],
    ['<p>   leading spaces then chest wall</p>', 'wall'],
    ['<p>a</p><p>  x  <i>y</i>   mesh  reconstruction</p>', 'reconstruction'],
    ['<textarea>first line\nsecond cryoprobe</textarea>', 'cryoprobe'],
    ['<pre>  keep   spaced   superior</pre>', 'superior'],
  ])('maps offsets back to DOM positions in %s', (html, word) => {
    expectRoundTrip(docFrom(html), word);
  });

  it('returns null for offsets outside the text', () => {
    const out = extractText(docFrom('<p>abc</p>'));
    expect(locate(out, 10_000)).toBeNull();
  });
});

describe('readSelection and readPage', () => {
  it('reports the selected part of a focused textarea', () => {
    const doc = document;
    doc.body.innerHTML = '<textarea id="t">ignore this; cryoablation of the right lower lobe</textarea>';
    const field = doc.getElementById('t') as HTMLTextAreaElement;
    field.focus();
    field.setSelectionRange(13, field.value.length);
    expect(readSelection(doc)).toBe('cryoablation of the right lower lobe');
    const { page } = readPage(doc);
    expect(page.selection).toBe('cryoablation of the right lower lobe');
    expect(page.text).toContain('ignore this');
    doc.body.innerHTML = '';
  });

  it('reports no selection when nothing is selected', () => {
    document.body.innerHTML = '<p>text</p>';
    expect(readPage(document).page.selection).toBe('');
    document.body.innerHTML = '';
  });
});
