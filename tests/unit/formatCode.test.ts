import { describe, expect, it } from 'vitest';
import { formatCode } from '@/utils/format/formatCode';

describe('formatCode', () => {
  it.each([
    ['32503', [], '32503'],
    ['32504', ['RT'], '32504-RT'],
    ['32120', ['78', 'LT'], '32120-78-LT'],
    ['32994', ['50'], '32994-50'],
  ])('%s with %j -> %s', (code, mods, expected) => {
    expect(formatCode(code, mods)).toBe(expected);
  });
});
