import { describe, expect, it } from 'vitest';
import { seg } from './line';
import { linesToText } from './render-text';

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
