import { formatDate } from '@tradetalks/core';
import { legendPlot, zoomLegendLabel } from './draw';
import { DASH_ARRAYS, markerSvg } from './marks';
import { el, text } from './svg';
import type { ChartSpec, Tone } from './types';

/** What a standalone picture says around the drawing. */
export interface StandaloneText {
  /** "Sources: U.S. Census Bureau; PIIE." */
  readonly sourceLine: string;
  /** "Data as of 10 November 2025 · tradetalks, dataset version 0.1.0". */
  readonly credit: string;
  /** Where the chart lives, written at the foot. */
  readonly url: string;
}

export const STANDALONE_WIDTH = 960;
const PAD = 28;
const INNER = STANDALONE_WIDTH - PAD * 2;
const FONT = "'DejaVu Sans', system-ui, sans-serif";

/** Light-theme colours written out, so the file needs no page stylesheet (and resvg none). */
const COLOURS: Record<Tone, string> = { us: '#1d4ed8', cn: '#b3400c', neutral: '#5f646b' };
const TEXT = '#1a1b1e';
const MUTED = '#51555c';

const toneRules = (Object.entries(COLOURS) as [Tone, string][])
  .map(
    ([tone, c]) =>
      `.line.tone-${tone},.bar.tone-${tone},.hatch-line.tone-${tone},.mark--hollow.tone-${tone}{stroke:${c}}` +
      `.mark.tone-${tone},.bar--solid.tone-${tone},.end-label.tone-${tone}{fill:${c}}` +
      `.mark--hollow.tone-${tone}{fill:#fff}`,
  )
  .join('');

export const STANDALONE_STYLE = [
  `svg{font-family:${FONT}}`,
  `text{fill:${MUTED};font-size:13px}`,
  `.head-title{fill:${TEXT};font-size:21px;font-weight:bold}`,
  `.head-units{font-size:14px}`,
  `.legend-label{fill:${TEXT};font-size:13px}`,
  `.foot{font-size:12.5px}`,
  `.foot-strong{fill:${TEXT};font-size:12.5px;font-weight:bold}`,
  '.grid line{stroke:#e4e1da;stroke-width:1}',
  '.grid--zero line{stroke:#6d7178;stroke-width:1.5}',
  '.line{fill:none;stroke-width:2.5;stroke-linejoin:round;stroke-linecap:round}',
  '.mark{stroke:#fff;stroke-width:1.5}',
  '.mark--hollow{stroke-width:2}',
  '.end-label{font-weight:bold}',
  `.point-label,.bar-value,.reference text,.panel__title{fill:${TEXT};font-weight:bold}`,
  `.reference line{stroke:${TEXT};stroke-width:1.25;stroke-dasharray:4 4}`,
  '.bar{stroke-width:1}',
  '.bar--outline,.hatch-bg{fill:#fff}',
  '.bar--outline{stroke-width:1.5}',
  '.hatch-line{stroke-width:2.5}',
  '.bar-missing{font-style:italic;font-size:11px}',
  '.event-marker__guide{stroke:#8d8a82;stroke-width:1;stroke-dasharray:2 3}',
  '.event-marker rect{fill:#f1efe9;stroke:#8d8a82;stroke-width:1}',
  `.event-marker text{fill:${TEXT};font-size:11px;font-weight:bold}`,
  '.zoom-band rect{fill:#fff3c4;opacity:0.7}',
  '.zoom-band__label{font-size:11px}',
  '.period rect{fill:#a51d1d;fill-opacity:0.12;stroke:#a51d1d;stroke-width:1;stroke-dasharray:4 3}',
  '.period__label{fill:#a51d1d;font-size:11px;font-weight:bold;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}',
  toneRules,
].join('');

/** Lines of at most `max` characters, broken at spaces: SVG text does not wrap itself. */
export const wrapText = (value: string, max: number): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const word of value.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
};

/** Average glyph width of DejaVu Sans, as a share of the font size (for wrapping). */
const GLYPH = 0.6;
const charsFor = (widthPx: number, fontPx: number) => Math.floor(widthPx / (fontPx * GLYPH));

const textLines = (
  lines: readonly string[],
  x: number,
  y: number,
  lineHeight: number,
  cls: string,
): string => lines.map((l, i) => text({ class: cls, x, y: y + i * lineHeight }, l)).join('');

/** The legend as SVG: swatch and label for each series, wrapped into rows. */
const legendSvg = (spec: ChartSpec, top: number): { svg: string; height: number } => {
  const plot = legendPlot(spec);
  const items = plot.series.map((s) => {
    const label = s.label;
    const swatch =
      plot.kind === 'line'
        ? (() => {
            const ls = s as (typeof plot.series)[number];
            return (
              (ls.curve === 'none'
                ? ''
                : el('line', {
                    class: `line tone-${ls.tone}`,
                    x1: 0,
                    x2: 28,
                    y1: -4,
                    y2: -4,
                    'stroke-dasharray': DASH_ARRAYS[ls.dash],
                  })) + markerSvg(ls.marker, 14, -4, ls.tone, { size: 3.5 })
            );
          })()
        : el('rect', {
            class: `bar bar--${(s as { fill: string }).fill === 'solid' ? 'solid' : 'outline'} tone-${s.tone}`,
            x: 4,
            y: -11,
            width: 20,
            height: 12,
          });
    return { label, swatch, width: 36 + label.length * 13 * GLYPH + 22 };
  });
  if (spec.plot.kind === 'panels' && spec.plot.showZoom && spec.plot.panels.length > 1) {
    const label = zoomLegendLabel(spec.plot);
    items.push({
      label,
      swatch: el('g', { class: 'zoom-band' }, el('rect', { x: 4, y: -11, width: 20, height: 12 })),
      width: 36 + label.length * 13 * GLYPH + 22,
    });
  }
  const parts: string[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    if (x > 0 && x + item.width > INNER) {
      x = 0;
      row += 1;
    }
    const y = top + row * 22;
    parts.push(
      el(
        'g',
        { transform: `translate(${Math.round(PAD + x)},${Math.round(y)})` },
        item.swatch,
        text({ class: 'legend-label', x: 36, y: 0 }, item.label),
      ),
    );
    x += item.width;
  }
  return { svg: parts.join(''), height: items.length === 0 ? 0 : (row + 1) * 22 };
};

/**
 * A chart as a file that stands on its own: title, units, legend, the wide drawing, the key
 * to numbered events, the source line, the data's date and the address it came from, on a
 * white ground with its own styles. The SVG download, and the PNG drawn from it.
 */
export const standaloneSvg = (spec: ChartSpec, drawing: string, words: StandaloneText): string => {
  const title = wrapText(spec.title, charsFor(INNER, 21));
  let y = PAD + 20;
  const parts: string[] = [textLines(title, PAD, y, 27, 'head-title')];
  y += (title.length - 1) * 27 + 24;
  const units = wrapText(spec.units, charsFor(INNER, 14));
  parts.push(textLines(units, PAD, y, 19, 'head-units'));
  y += (units.length - 1) * 19 + 30;
  const legend = legendSvg(spec, y);
  parts.push(legend.svg);
  y += legend.height + 6;

  const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(drawing);
  const w = Number(viewBox?.[1] ?? INNER);
  const h = Number(viewBox?.[2] ?? INNER / 2);
  const drawingHeight = (INNER * h) / w;
  parts.push(
    drawing.replace(
      /^<svg /,
      `<svg x="${PAD}" y="${y}" width="${INNER}" height="${Math.round(drawingHeight)}" `,
    ),
  );
  y += drawingHeight + 24;

  if (spec.plot.kind === 'panels' && spec.plot.events.length > 0) {
    const chars = charsFor(INNER - 130, 12.5);
    for (const e of spec.plot.events) {
      const lines = e.items.flatMap((item) => wrapText(item, chars));
      parts.push(
        text({ class: 'foot-strong', x: PAD, y }, `${e.n}. ${formatDate(e.date, { short: true })}`),
        textLines(lines, PAD + 130, y, 16, 'foot'),
      );
      y += lines.length * 16 + 4;
    }
    y += 12;
  }

  const foot = [
    ...wrapText(words.sourceLine, charsFor(INNER, 12.5)),
    ...wrapText(words.credit, charsFor(INNER, 12.5)),
  ];
  parts.push(textLines(foot, PAD, y, 18, 'foot'));
  y += foot.length * 18;
  parts.push(text({ class: 'foot-strong', x: PAD, y: y + 2 }, words.url));
  const height = Math.ceil(y + PAD);

  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${STANDALONE_WIDTH} ${height}`,
      width: STANDALONE_WIDTH,
      height,
      role: 'img',
      'aria-label': spec.title,
    },
    `<style>${STANDALONE_STYLE}</style>`,
    el('rect', { x: 0, y: 0, width: STANDALONE_WIDTH, height, fill: '#ffffff' }),
    ...parts,
  );
};
