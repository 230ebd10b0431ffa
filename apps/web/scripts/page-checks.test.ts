import { describe, expect, it } from 'vitest';
import { pagePath, visibleProblems } from './page-checks.mjs';

describe('pagePath', () => {
  it('maps exported files to the paths they are served at', () => {
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('tariffs.html')).toBe('/tariffs');
    expect(pagePath('claims/us-tariff-145.html')).toBe('/claims/us-tariff-145');
    expect(pagePath('404.html')).toBe('/404');
  });
});

describe('visibleProblems', () => {
  it('finds NaN, Infinity and undefined a reader would see', () => {
    expect(visibleProblems('<p>Trade fell NaN%</p>')).toHaveLength(1);
    expect(visibleProblems('<td>Infinity</td>')).toHaveLength(1);
    expect(visibleProblems('<svg aria-label="undefined"></svg>')).toHaveLength(1);
  });

  it('ignores scripts, where such words are code', () => {
    expect(visibleProblems('<script>if (x === undefined) y = NaN;</script><p>ok</p>')).toEqual([]);
  });
});
