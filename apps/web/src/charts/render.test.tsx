import { dataset } from '@tradetalks/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChartFigure } from './chart-figure';
import { chartDrawingFile } from './drawing-file';
import { CHARTS, chartSpec } from './registry';

describe('ChartFigure', () => {
  it.each(CHARTS.map((c) => [c.id, chartSpec(dataset, c.id), c.page] as const))(
    '%s renders every part a reader needs',
    (_, spec, page) => {
      const html = renderToStaticMarkup(<ChartFigure spec={spec} page={page} />);
      // Two drawings (wide and narrow), each an image of the build's file, named by the title,
      // described by the summary and sized so nothing shifts when it loads.
      const imgs = [...html.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
      expect(imgs).toHaveLength(2);
      for (const [i, layout] of (['wide', 'narrow'] as const).entries()) {
        expect(imgs[i]).toContain(`src="/charts/${spec.id}.${layout}.svg"`);
        expect(imgs[i]).toMatch(/ width="\d+" height="\d+"/);
        expect(imgs[i]).toContain(`aria-describedby="${spec.id}-summary"`);
        expect(imgs[i]).toContain('alt="');
      }
      // No drawing in the page itself.
      expect(html).not.toContain('class="chart-svg');
      expect(html).toContain(`aria-labelledby="${spec.id}-title"`);
      expect(html).toMatch(/Data as of \d+ \w+ \d{4}, /);
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

  it('loads the chart a page opens with at once, choosing its drawing by the viewport', () => {
    const spec = chartSpec(dataset, 'tariff-history');
    const html = renderToStaticMarkup(<ChartFigure spec={spec} page="/" eager />);
    expect(html).toContain('<picture');
    expect(html).toContain(`srcSet="/charts/${spec.id}.wide.svg"`);
    expect(html).not.toContain('loading="lazy"');
  });
});

describe('the drawing files', () => {
  it.each(CHARTS.map((c) => [c.id] as const))(
    '%s is a standalone SVG with the theme inside',
    (id) => {
      const svg = chartDrawingFile(
        chartSpec(dataset, id),
        'wide',
        ':root{--x:light-dark(#fff,#000)}',
      );
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="')).toBe(true);
      expect(svg).toContain('<style>:root{--x:light-dark(#fff,#000)}</style>');
      expect(svg).not.toMatch(/aria-(labelled|described)by/);
      expect(svg).not.toMatch(/NaN|undefined|Infinity/);
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
