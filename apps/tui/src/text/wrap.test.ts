import { describe, expect, it } from 'vitest';
import { textWidth } from './width';
import { wrapText } from './wrap';

describe('wrapText', () => {
  const text =
    'The first Section 301 tariffs take effect, on about $34B of imports from China, with a rise scheduled.';

  it.each([10, 20, 33, 80])('keeps every line within %i cells and loses no word', (width) => {
    const lines = wrapText(text, width);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(width);
    expect(lines.join(' ').split(/\s+/)).toEqual(text.split(/\s+/));
  });

  it('cuts a word longer than a line', () => {
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('gives one empty line for empty text', () => {
    expect(wrapText('', 10)).toEqual(['']);
  });
});
