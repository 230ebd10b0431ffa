import { describe, expect, it } from 'vitest';
import { pad, sliceToWidth, textWidth, truncate } from './width';

describe('textWidth', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['“145%” – ✓', 10],
    ['何立峰', 6],
    ['e\u0301', 1],
    ['\u{1f600}', 2],
    ['\u{1d400}x', 2],
    ['China’s “up to 245%” · ▲ ▼ █ ┈', 30],
  ])('%j takes %i cells', (text, cells) => {
    expect(textWidth(text)).toBe(cells);
  });
});

describe('truncate and slice', () => {
  it('leaves text that fits alone', () => {
    expect(truncate('tariffs', 7)).toBe('tariffs');
  });
  it('cuts text that does not fit and ends it in an ellipsis, within the width', () => {
    const cut = truncate('the U.S.–China trade conflict', 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut)).toBeLessThanOrEqual(12);
  });
  it('never splits a wide character across the limit', () => {
    expect(sliceToWidth('何立峰', 3)).toBe('何');
  });
  it('gives nothing for no room', () => {
    expect(truncate('abc', 0)).toBe('');
  });
});

describe('pad', () => {
  it('pads left-aligned and right-aligned text to the width in cells', () => {
    expect(pad('ab', 4)).toBe('ab  ');
    expect(pad('ab', 4, 'right')).toBe('  ab');
    expect(pad('何', 4)).toBe('何  ');
  });
  it('does not cut text longer than the width', () => {
    expect(pad('abcdef', 3)).toBe('abcdef');
  });
});
