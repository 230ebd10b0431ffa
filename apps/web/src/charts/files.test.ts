import { Resvg } from '@resvg/resvg-js';
import { dataset, formatDate } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { svgToPng } from '@/lib/raster';
import { chartSvgFile, sourceLineText } from './files';
import { CHARTS, chartSpec } from './registry';
import { STANDALONE_WIDTH, wrapText } from './standalone';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('chart pictures', () => {
  it.each(CHARTS.map((c) => [c.id] as const))(
    '%s: the SVG names its title, sources, date and address',
    (id) => {
      const spec = chartSpec(dataset, id);
      const svg = chartSvgFile(dataset, id);
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      const words = svg
        .replace(/<[^>]+>/g, ' ')
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ');
      for (const w of spec.title.split(' ')) expect(words).toContain(w.replace(/&/g, '&'));
      expect(words).toContain(`Data as of ${formatDate(dataset.asOf)}`);
      expect(words).toContain(`dataset version ${dataset.version}`);
      expect(words).toContain(`#${id}`);
      expect(words).toMatch(/Sources?:/);
      expect(svg).not.toMatch(/NaN|undefined|Infinity/);
      // It parses as SVG: resvg reads it.
      expect(new Resvg(svg).width).toBe(STANDALONE_WIDTH);
    },
  );

  it('draws a PNG without a browser, in the site’s colours', () => {
    const svg = chartSvgFile(dataset, 'tariff-history');
    const png = svgToPng(svg, STANDALONE_WIDTH);
    expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    // The U.S. lines are drawn in the U.S. blue (#1d4ed8): the stylesheet inside the file works.
    const pixels = new Resvg(svg, { fitTo: { mode: 'width', value: STANDALONE_WIDTH } }).render()
      .pixels;
    let blue = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i] === 0x1d && pixels[i + 1] === 0x4e && pixels[i + 2] === 0xd8) blue += 1;
    }
    expect(blue).toBeGreaterThan(200);
  });

  it('names each publisher once, with the page it was read on', () => {
    const line = sourceLineText(chartSpec(dataset, 'trade-flows'));
    expect(line).toMatch(/^Sources?: /);
    expect(line.endsWith('.')).toBe(true);
  });

  it('wraps text at spaces within the width', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('', 9)).toEqual([]);
  });
});
