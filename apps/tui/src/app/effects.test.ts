import { describe, expect, it } from 'vitest';
import { browserCommand } from './effects';

describe('browserCommand', () => {
  it('uses $BROWSER through the shell, the address as an argument', () => {
    const { file, args } = browserCommand({ BROWSER: 'firefox --new-tab' }, 'linux');
    expect(file).toBe('/bin/sh');
    expect(args('https://x.org/a b;rm')).toEqual([
      '-c',
      'firefox --new-tab "$1"',
      'sh',
      'https://x.org/a b;rm',
    ]);
  });
  it('puts the address where %s stands, and takes the first of a : list', () => {
    expect(browserCommand({ BROWSER: 'w3m %s:lynx' }, 'linux').args('u')).toEqual([
      '-c',
      'w3m "$1"',
      'sh',
      'u',
    ]);
  });
  it('falls back to the platform opener', () => {
    expect(browserCommand({}, 'linux').file).toBe('xdg-open');
    expect(browserCommand({}, 'darwin').file).toBe('open');
    expect(browserCommand({ BROWSER: '' }, 'win32').file).toBe('cmd');
  });
});
