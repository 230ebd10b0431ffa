import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, patternMatches } from './headers-file.mjs';

const FILE = `# comment
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: frame-ancestors 'none'

/data/*
  Cache-Control: public, max-age=3600

/tariffs
  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-abc='
`;

describe('_headers', () => {
  const rules = parseHeadersFile(FILE);

  it('reads rules and their headers, skipping comments and blank lines', () => {
    expect(rules.map((r) => r.pattern)).toEqual(['/*', '/data/*', '/tariffs']);
    expect(rules[2]?.headers).toEqual([
      ['Content-Security-Policy', "default-src 'self'; script-src 'self' 'sha256-abc='"],
    ]);
  });

  it('matches exact paths and splats', () => {
    expect(patternMatches('/*', '/anything/at/all')).toBe(true);
    expect(patternMatches('/data/*', '/data/dataset.json')).toBe(true);
    expect(patternMatches('/data/*', '/data')).toBe(false);
    expect(patternMatches('/tariffs', '/tariffs/on/2025-04-10')).toBe(false);
  });

  it('applies every matching rule, keeping each policy of a repeated header', () => {
    const headers = headersFor(rules, '/tariffs');
    expect(headers.get('x-content-type-options')).toEqual(['nosniff']);
    expect(headers.get('content-security-policy')).toHaveLength(2);
    expect(headersFor(rules, '/data/x.csv').get('cache-control')).toEqual(['public, max-age=3600']);
  });

  it('refuses a header line outside any rule', () => {
    expect(() => parseHeadersFile('  X-Foo: bar')).toThrow(/cannot read/);
  });
});
