import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../utils/engine/index';
import { defaultRuleset } from '../../../data/index';

const engine = createEngine(defaultRuleset);
const codes = (text: string) => engine.analyze(text).filter((s) => s.confidence >= 0.5).map((s) => s.code);

describe('headings and context scopes at line breaks', () => {
  it.each([
    // The words ending one line never join the heading on the next ("PERFORMED" + "PROCEDURE:").
    ['lower case', 'FAMILY HISTORY: was not performed\nPROCEDURE: Right VATS lobectomy.', ['32663']],
    ['all caps', 'FAMILY HISTORY: WAS NOT PERFORMED\nPROCEDURE: RIGHT VATS LOBECTOMY.', ['32663']],
    // A negation without a full stop does not reach across the next heading.
    ['negation before a heading, flattened', 'INDICATIONS: surgery was not \nPROCEDURE: Right VATS lobectomy', ['32663']],
    // Inside the same line and sentence the negation still holds.
    ['negation in the procedure line', 'PROCEDURE: Right VATS lobectomy was not performed.', []],
  ])('%s', (_label, text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});
