import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from './commands';
import { closest, editDistance } from './suggest';

describe('suggestions', () => {
  it('measures edits', () => {
    expect(editDistance('facts', 'facts')).toBe(0);
    expect(editDistance('fatcs', 'facts')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it.each([
    ['fact', 'facts'],
    ['tarifs', 'tariffs'],
    ['claim', 'claims'],
    ['time', 'timeline'],
    ['TRADE', 'trade'],
  ])('suggests %s → %s', (typed, meant) => {
    expect(closest(typed, COMMAND_NAMES)).toBe(meant);
  });
  it('suggests nothing for something unrelated', () => {
    expect(closest('banana', COMMAND_NAMES)).toBeUndefined();
  });
});
