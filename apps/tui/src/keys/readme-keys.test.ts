import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandsMarkdown, keysMarkdown } from './keys-table';

const README = new URL('../../README.md', import.meta.url);

/** A Markdown table with its cells trimmed, so a formatter's alignment does not count. */
const normalise = (table: string): string =>
  table
    .split('\n')
    .map((row) =>
      row
        .split('|')
        .map((cell) => cell.trim().replace(/^-+$/, '---'))
        .join('|'),
    )
    .join('\n');

const TABLES = [
  [
    'keys',
    '<!-- keys:start (drawn from src/keys/key-bindings.ts by `pnpm readme`) -->',
    keysMarkdown,
  ],
  [
    'commands',
    '<!-- commands:start (drawn from src/views/registry.ts by `pnpm readme`) -->',
    commandsMarkdown,
  ],
] as const;

describe.each(TABLES)('the README’s %s table', (name, start, draw) => {
  const end = `<!-- ${name}:end -->`;
  it('is drawn from the code', () => {
    const readme = readFileSync(README, 'utf8');
    const from = readme.indexOf(start);
    const to = readme.indexOf(end);
    expect(from, `README has the ${name} markers`).toBeGreaterThanOrEqual(0);
    const expected = `${start}\n${draw()}\n${end}`;
    const actual = readme.slice(from, to + end.length);
    if (process.env.UPDATE_README === '1' && normalise(actual) !== normalise(expected)) {
      writeFileSync(README, readme.replace(actual, expected));
      return;
    }
    expect(normalise(actual)).toBe(normalise(expected));
  });
});
