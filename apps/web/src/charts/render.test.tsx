import { dataset, formatDate } from '@tradetalks/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChartFigure } from './chart-figure';
import { CHARTS, chartSpec } from './registry';

describe('ChartFigure', () => {
  it.each(CHARTS.map((c) => [c.id, chartSpec(dataset, c.id), c.page] as const))(
    '%s renders every part a reader needs',
    (_, spec, page) => {
      const html = renderToStaticMarkup(<ChartFigure spec={spec} page={page} />);
      // Two drawings (wide and narrow), each an image named by the title and described by the summary.
      expect(html.match(/<svg class="chart-svg/g)).toHaveLength(2);
      expect(html).toContain(`aria-labelledby="${spec.id}-title"`);
      expect(html).toContain(`aria-describedby="${spec.id}-summary"`);
      expect(html).toContain(`<title>${spec.title.replaceAll('’', '’')}</title>`);
      expect(html).toContain(`Data as of ${formatDate(dataset.asOf)}`);
      for (const ext of ['csv', 'svg', 'png']) {
        expect(html).toContain(`href="/data/charts/${spec.id}.${ext}"`);
      }
      expect(html).toContain('<summary>Cite this</summary>');
      expect(html).toContain(`/embed/${spec.id}`);
      expect(html).toContain('<summary>Show the numbers as a table</summary>');
      expect(html.match(/<tr>/g)?.length).toBe(spec.rows.length + 1);
      expect(html).toMatch(/Sources?:/);
      expect(html).not.toMatch(/NaN|>undefined<|Infinity/);
    },
  );
});

describe('bar charts', () => {
  it('write one “n/a” for a category with no value at all, so labels never collide', async () => {
    const { barChartSvg } = await import('./bar-chart');
    const { LAYOUTS } = await import('./layout');
    const svg = barChartSvg(
      {
        kind: 'bar',
        categories: ['2016', '2017', '2018'],
        y: { format: String },
        series: [
          { key: 'a', label: 'A', tone: 'us', fill: 'solid', values: [1, undefined, 3] },
          { key: 'b', label: 'B', tone: 'cn', fill: 'hatch', values: [2, undefined, undefined] },
        ],
      },
      LAYOUTS.narrow,
      { title: 't', labelledBy: 'a', describedBy: 'b', idPrefix: 'x' },
    );
    // One for 2017 (both missing), one for B in 2018.
    expect(svg.match(/>n\/a</g)).toHaveLength(2);
  });
});
