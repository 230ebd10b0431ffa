import { describe, expect, it } from 'vitest';
import { helpText } from '../args/help-text';
import { KEY_BINDINGS, SCOPE_TITLES, VIEW_KEYS } from '../keys/key-bindings';
import { scopesFor } from '../keys/resolve-key';
import { initialState, LIST_VIEWS, PAGE_VIEWS } from '../state/app-state';
import { COMMAND_NAMES, commandEntry, VIEWS, viewEntry } from './registry';

describe('the registry of views', () => {
  it('gives every view its own id, tab title and command', () => {
    for (const key of ['id', 'title'] as const) {
      expect(new Set(VIEWS.map((v) => v[key])).size).toBe(VIEWS.length);
    }
    expect(new Set(COMMAND_NAMES).size).toBe(VIEWS.length);
    for (const v of VIEWS) expect(commandEntry(v.command.name)).toBe(v);
  });

  it('is where the tabs, the digits, the lists and the pages come from', () => {
    expect(VIEW_KEYS).toEqual(VIEWS.map((_, i) => String(i + 1)));
    expect([...LIST_VIEWS, ...PAGE_VIEWS].sort()).toEqual(VIEWS.map((v) => v.id).sort());
    const state = initialState({
      tariffDate: '2026-11-09',
      today: '2026-12-01',
      viewport: { columns: 80, rows: 24 },
    });
    expect(Object.keys(state.lists).sort()).toEqual([...LIST_VIEWS].sort());
    expect(Object.keys(state.scroll).sort()).toEqual([...PAGE_VIEWS].sort());
    const help = helpText({ version: '0', age: 'x' });
    for (const v of VIEWS) expect(help).toContain(`  ${v.command.name} `);
  });

  it('adds only scopes the key table has, each with keys and a title', () => {
    for (const v of VIEWS) {
      const scopes = [...(v.scopes ?? []), ...('detailScopes' in v ? (v.detailScopes ?? []) : [])];
      for (const scope of scopes) {
        expect(
          KEY_BINDINGS.some((b) => b.scope === scope),
          `${v.id}: ${scope}`,
        ).toBe(true);
        expect(SCOPE_TITLES[scope]).not.toBe('');
      }
    }
  });

  it('handles every command of a scope a view adds', () => {
    for (const v of VIEWS) {
      for (const scope of v.scopes ?? []) {
        for (const b of KEY_BINDINGS.filter((k) => k.scope === scope)) {
          expect(v.handlers?.[b.command], `${v.id} handles ${b.command}`).toBeDefined();
        }
      }
    }
  });

  it('gives list views the list keys, and an open item the detail keys', () => {
    const context = { editing: false, help: false, detail: false };
    for (const id of LIST_VIEWS) {
      expect(scopesFor({ ...context, view: id })).toContain('lists');
      expect(scopesFor({ ...context, view: id, detail: true })).toContain('detail');
    }
    expect(scopesFor({ ...context, view: 'tariffs' })).toContain('tariffs');
    expect(scopesFor({ ...context, view: 'overview' })).toEqual(['everywhere']);
    expect(viewEntry('timeline').kind).toBe('list');
  });
});
