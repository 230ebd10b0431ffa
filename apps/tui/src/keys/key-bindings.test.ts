import { describe, expect, it } from 'vitest';
import { type Command, KEY_BINDINGS } from './key-bindings';
import { keysMarkdown } from './keys-table';

describe('the key-binding table', () => {
  it('binds no key twice in one scope', () => {
    const seen = new Set<string>();
    for (const binding of KEY_BINDINGS) {
      for (const key of binding.keys) {
        const id = `${binding.scope}:${key}`;
        expect(seen.has(id), id).toBe(false);
        seen.add(id);
      }
    }
  });

  it('reaches every command with some key', () => {
    const commands: Command[] = [
      'next-view',
      'previous-view',
      'go-view',
      'down',
      'up',
      'page-down',
      'page-up',
      'top',
      'bottom',
      'open',
      'back',
      'filter',
      'filter-done',
      'filter-cancel',
      'filter-delete',
      'previous-date',
      'next-date',
      'zoom',
      'type-date',
      'date-done',
      'date-cancel',
      'date-delete',
      'event-tariffs',
      'next-item',
      'previous-item',
      'open-link',
      'copy-link',
      'next-link',
      'help',
      'suspend',
      'quit',
    ];
    expect(new Set(KEY_BINDINGS.map((b) => b.command))).toEqual(new Set(commands));
  });

  it('has the keys the issue asks for', () => {
    const keys = (command: Command) =>
      KEY_BINDINGS.filter((b) => b.command === command).flatMap((b) => b.keys);
    expect(keys('next-view')).toContain('tab');
    expect(keys('previous-view')).toContain('shift+tab');
    expect(keys('go-view')).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(keys('type-date')).toContain('d');
    expect(keys('down')).toEqual(expect.arrayContaining(['down', 'j']));
    expect(keys('up')).toEqual(expect.arrayContaining(['up', 'k']));
    expect(keys('top')).toContain('g');
    expect(keys('bottom')).toContain('G');
    expect(keys('open')).toContain('enter');
    expect(keys('back')).toContain('escape');
    expect(keys('help')).toContain('?');
    expect(keys('quit')).toEqual(expect.arrayContaining(['q', 'ctrl+c']));
    expect(keys('previous-date')).toContain('[');
    expect(keys('next-date')).toContain(']');
    expect(keys('filter')).toContain('/');
  });

  it('draws a Markdown row for every binding', () => {
    const table = keysMarkdown().split('\n');
    expect(table).toHaveLength(KEY_BINDINGS.length + 2);
    for (const b of KEY_BINDINGS) expect(keysMarkdown()).toContain(b.description);
  });
});
