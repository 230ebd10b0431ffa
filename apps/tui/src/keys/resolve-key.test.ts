import { describe, expect, it } from 'vitest';
import { type KeyContext, resolveKey } from './resolve-key';

const context = (over: Partial<KeyContext> = {}): KeyContext => ({
  editing: false,
  view: 'overview',
  help: false,
  detail: false,
  ...over,
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
