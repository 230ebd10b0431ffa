import { describe, expect, it } from 'vitest';
import { seg } from './line';
import { linesToText, lineToAnsi } from './render-text';

const lines = [[seg('✓ Consistent', 'up', true), seg('  145%   ')], [], [seg('Sources', 'muted')]];

describe('linesToText', () => {
  it('writes plain text without a single escape code, trailing spaces trimmed', () => {
    const text = linesToText(lines);
    expect(text).toBe('✓ Consistent  145%\n\nSources\n');
    expect(text).not.toContain('\u001b');
  });

  it('adds colour and weight only when asked', () => {
    const text = linesToText(lines, { color: true });
    expect(text).toContain('\u001b[1;32m✓ Consistent\u001b[0m');
    expect(text).toContain('\u001b[2mSources\u001b[0m');
  });
});

describe('hyperlinks', () => {
  const link = [
    seg('see '),
    { text: 'https://example.org/a', tone: 'accent' as const, link: 'https://example.org/a' },
  ];
  it('wraps linked text in OSC 8 when asked, with an id that joins a wrapped address', () => {
    const text = lineToAnsi(link, { color: false, attributes: false, hyperlinks: true });
    expect(text).toMatch(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: escape codes are the point
      /^see \u001b\]8;id=[0-9a-z]+;https:\/\/example\.org\/a\u001b\\https:\/\/example\.org\/a\u001b\]8;;\u001b\\$/,
    );
  });
  it('leaves them out otherwise, and in print', () => {
    expect(lineToAnsi(link, { color: false, attributes: false })).toBe('see https://example.org/a');
    expect(linesToText([link])).toBe('see https://example.org/a\n');
  });
});
