import { describe, expect, it } from 'vitest';
import { extractText, extractTextSliced } from '@/utils/page/extractText';

function docFrom(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc;
}

describe('extractTextSliced', () => {
  const html = Array.from({ length: 300 }, (_, i) => `<p>Paragraph ${i}: the <b>chest wall</b> was   reconstructed.</p>`).join('') + '<textarea>cryoprobe</textarea>';

  it('reads exactly what the one-go reader reads', async () => {
    const doc = docFrom(html);
    const sliced = await extractTextSliced(doc);
    const whole = extractText(doc);
    expect(sliced.text).toBe(whole.text);
    expect(sliced.segments.length).toBe(whole.segments.length);
  });

  it('gives the page its main thread back when a slice runs over', async () => {
    let clock = 0;
    let yields = 0;
    const out = await extractTextSliced(docFrom(html), {
      sliceMs: 5,
      now: () => (clock += 1), // every clock read is 1 ms later
      yieldToPage: async () => {
        yields++;
      },
    });
    expect(out.text).toContain('Paragraph 299');
    expect(yields).toBeGreaterThan(0);
  });

  it('respects the cap', async () => {
    const out = await extractTextSliced(docFrom(html), { cap: 100 });
    expect(out.text.length).toBeLessThanOrEqual(100);
    expect(out.truncated).toBe(true);
  });
});
