import { describe, expect, it } from 'vitest';
import { isTyping, type KeyFlags, keyName } from './key-name';
import { type KeyContext, resolveKey } from './resolve-key';

const NO_KEY: KeyFlags = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageUp: false,
  pageDown: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
};
const context = (over: Partial<KeyContext> = {}): KeyContext => ({
  editing: false,
  view: 'overview',
  help: false,
  detail: false,
  ...over,
});

describe('keyName', () => {
  it.each([
    ['', { tab: true }, 'tab'],
    ['', { tab: true, shift: true }, 'shift+tab'],
    ['c', { ctrl: true }, 'ctrl+c'],
    ['', { return: true }, 'enter'],
    ['', { escape: true }, 'escape'],
    ['', { downArrow: true }, 'down'],
    ['', { delete: true }, 'backspace'],
    [' ', {}, 'space'],
    ['G', { shift: true }, 'G'],
    ['[', {}, '['],
  ] as const)('%j %j → %s', (input, flags, name) => {
    expect(keyName(input, { ...NO_KEY, ...flags })).toBe(name);
  });

  it('tells typed text from control keys', () => {
    expect(isTyping('g', NO_KEY)).toBe(true);
    expect(isTyping(' ', NO_KEY)).toBe(true);
    expect(isTyping('c', { ...NO_KEY, ctrl: true })).toBe(false);
    expect(isTyping('', { ...NO_KEY, return: true })).toBe(false);
    expect(isTyping('\u007f', NO_KEY)).toBe(false);
  });
});

describe('resolveKey', () => {
  it('switches views everywhere', () => {
    expect(resolveKey('tab', undefined, context())).toEqual({ command: 'next-view', key: 'tab' });
    expect(resolveKey('3', '3', context({ view: 'claims' }))).toEqual({
      command: 'go-view',
      key: '3',
    });
  });
  it('opens and filters only in lists', () => {
    expect(resolveKey('enter', undefined, context({ view: 'timeline' }))?.command).toBe('open');
    expect(resolveKey('/', '/', context({ view: 'sources' }))?.command).toBe('filter');
    expect(resolveKey('enter', undefined, context({ view: 'overview' }))).toBeUndefined();
    expect(resolveKey('/', '/', context({ view: 'tariffs' }))).toBeUndefined();
  });
  it('moves the date only on Tariffs', () => {
    expect(resolveKey('[', '[', context({ view: 'tariffs' }))?.command).toBe('previous-date');
    expect(resolveKey(']', ']', context({ view: 'tariffs' }))?.command).toBe('next-date');
    expect(resolveKey(']', ']', context({ view: 'trade' }))).toBeUndefined();
  });
  it('sends letters to the filter while typing, shortcuts included', () => {
    const typing = context({ view: 'timeline', editing: true });
    expect(resolveKey('q', 'q', typing)).toEqual({ command: 'type', text: 'q' });
    expect(resolveKey('1', '1', typing)).toEqual({ command: 'type', text: '1' });
    expect(resolveKey('escape', undefined, typing)?.command).toBe('filter-cancel');
    expect(resolveKey('enter', undefined, typing)?.command).toBe('filter-done');
    expect(resolveKey('ctrl+c', undefined, typing)?.command).toBe('quit');
    expect(resolveKey('down', undefined, typing)?.command).toBe('down');
  });
  it('goes back from a detail instead of opening or filtering', () => {
    const detail = context({ view: 'claims', detail: true });
    expect(resolveKey('escape', undefined, detail)?.command).toBe('back');
    expect(resolveKey('enter', undefined, detail)).toBeUndefined();
  });
});
