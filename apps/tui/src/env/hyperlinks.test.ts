import { describe, expect, it } from 'vitest';
import { supportsHyperlinks } from './hyperlinks';

describe('supportsHyperlinks', () => {
  it.each([
    [{ FORCE_HYPERLINK: '1', TERM: 'dumb' }, true],
    [{ FORCE_HYPERLINK: '0', TERM: 'xterm-kitty' }, false],
    [{ TERM: 'xterm-kitty' }, true],
    [{ VTE_VERSION: '7600', TERM: 'xterm-256color' }, true],
    [{ TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.4.19' }, true],
    [{ TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.0.0' }, false],
    [{ TERM: 'xterm-256color' }, false],
    [{ TERM: 'tmux-256color', TMUX: '/tmp/tmux-0/default,1,0', TERM_PROGRAM: 'WezTerm' }, false],
    [{}, false],
  ])('%j → %s', (env, expected) => {
    expect(supportsHyperlinks(env)).toBe(expected);
  });
});
