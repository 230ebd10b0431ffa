import { describe, expect, it } from 'vitest';
import { wantsColor } from './color';

describe('wantsColor', () => {
  it.each([
    ['a terminal', {}, false, true, true],
    ['a pipe', {}, false, false, false],
    ['--no-color in a terminal', {}, true, true, false],
    ['--no-color beats FORCE_COLOR', { FORCE_COLOR: '1' }, true, false, false],
    ['NO_COLOR in a terminal', { NO_COLOR: '1' }, false, true, false],
    ['an empty NO_COLOR is ignored', { NO_COLOR: '' }, false, true, true],
    ['FORCE_COLOR in a pipe', { FORCE_COLOR: '1' }, false, false, true],
    ['FORCE_COLOR beats NO_COLOR', { FORCE_COLOR: '2', NO_COLOR: '1' }, false, false, true],
    ['FORCE_COLOR=0 in a terminal', { FORCE_COLOR: '0' }, false, true, false],
    ['FORCE_COLOR=false', { FORCE_COLOR: 'false' }, false, true, false],
    ['TERM=dumb', { TERM: 'dumb' }, false, true, false],
  ] as const)('%s', (_, env, noColorFlag, isTTY, expected) => {
    expect(wantsColor({ env, noColorFlag, isTTY })).toBe(expected);
  });
});
