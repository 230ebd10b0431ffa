import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keysMarkdown } from './keys-table';

const README = new URL('../../README.md', import.meta.url);
const START = '<!-- keys:start (drawn from src/keys/key-bindings.ts by `pnpm readme`) -->';
const END = '<!-- keys:end -->';

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

describe('the README', () => {
  it('shows the key table drawn from the key-binding table', () => {
    const readme = readFileSync(README, 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start, 'README has the keys markers').toBeGreaterThanOrEqual(0);
    const expected = `${START}\n${keysMarkdown()}\n${END}`;
    const actual = readme.slice(start, end + END.length);
    if (process.env.UPDATE_README === '1' && normalise(actual) !== normalise(expected)) {
      writeFileSync(README, readme.replace(actual, expected));
      return;
    }
    expect(normalise(actual)).toBe(normalise(expected));
  });
});
