import { describe, expect, it } from 'vitest';
import { getSeries } from '../calc/series';
import { dataset } from '../data/dataset';
import { changelogView } from './changelog-view';
import { ARTICLE_PERIODS } from './overview';
import { vintageViews } from './vintage-view';

describe('changelogView', () => {
  const releases = changelogView(dataset);

  it('lists every release newest first, with its records grouped once per change and collection', () => {
    expect(releases.map((r) => r.version)).toEqual(
      [...dataset.releases].reverse().map((r) => r.version),
    );
    for (const r of releases) {
      const keys = r.groups.map((g) => `${g.change}|${g.collection}`);
      expect(new Set(keys).size).toBe(keys.length);
      const listed = r.changes.reduce((n, c) => n + c.records.length, 0);
      expect(r.groups.reduce((n, g) => n + g.records.length, 0)).toBe(listed);
    }
    expect(releases[0]?.groups.map((g) => g.label)).toContain('Events added');
  });

  it('gives the events a release added, latest first, each with its sources', () => {
    const latest = releases[0];
    const added = new Set(
      dataset.releases
        .at(-1)
        ?.changes.filter((c) => c.change === 'added' && c.collection === 'events')
        .flatMap((c) => c.ids),
    );
    expect(latest?.newEvents.length).toBeGreaterThan(0);
    for (const e of latest?.newEvents ?? []) {
      expect(added.has(e.id)).toBe(true);
      expect(e.sources.length).toBeGreaterThan(0);
    }
    const dates = latest?.newEvents.map((e) => e.date) ?? [];
    expect(dates).toEqual(dates.toSorted().reverse());
    expect(latest?.newEvents.map((e) => e.id)).toContain('scotus-ieepa-ruling-2026');
  });
});

describe('vintageViews', () => {
  it('gives every estimate of the article’s GDP quarter in release order', () => {
    const views = vintageViews(dataset, 'us-real-gdp-growth', ARTICLE_PERIODS.gdpQuarter);
    const series = getSeries(dataset, 'us-real-gdp-growth');
    const expected = (series.vintages ?? []).filter((v) =>
      series.observations.some(
        (o) => o.period === ARTICLE_PERIODS.gdpQuarter && o.vintageId === v.id,
      ),
    );
    expect(views.map((v) => v.vintage)).toEqual(expected.map((v) => v.label));
    expect(views[0]?.text).toBe('−0.3%');
    for (const v of views) expect(v.sources.length).toBeGreaterThan(0);
  });

  it('is empty for a period the series does not have', () => {
    expect(vintageViews(dataset, 'us-real-gdp-growth', '1999-Q1')).toEqual([]);
  });
});
