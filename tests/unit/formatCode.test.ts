import { describe, expect, it } from 'vitest';
import { formatCode, formatCodes } from '@/utils/format/formatCode';

describe('formatCode', () => {
  it.each([
    ['32503', [], '32503'],
    ['32504', ['RT'], '32504-RT'],
    ['32120', ['78', 'LT'], '32120-78-LT'],
    ['32994', ['50'], '32994-50'],
  ])('%s with %j -> %s', (code, mods, expected) => {
    expect(formatCode(code, mods)).toBe(expected);
  });

  it('joins several codes with a comma by default and with any separator', () => {
    const items = [
      { code: '32663', modifiers: ['RT'] },
      { code: '32674', modifiers: [] },
    ];
    expect(formatCodes(items)).toBe('32663-RT, 32674');
    expect(formatCodes(items, '\n')).toBe('32663-RT\n32674');
  });
});
