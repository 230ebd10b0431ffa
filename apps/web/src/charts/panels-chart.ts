import { type Layout, type LayoutName, utcMs, xScale, yScale } from './layout';
import { linePlotSvg } from './line-chart';
import { el, esc, text } from './svg';
import type { ChartEvent, MarkedPeriod, Panel, PanelsPlot } from './types';

/** Where each panel sits in a drawing, and its own layout. */
interface PanelBox {
  readonly x: number;
  readonly y: number;
  readonly layout: Layout;
}

const MARKER_ROW = 24;

/**
 * Side by side on a wide drawing, the first panel narrower (it spans years at a small scale);
 * one above the other on a narrow one, so each keeps a readable width on a phone.
 */
const panelBoxes = (
  name: LayoutName,
  count: number,
): { width: number; height: number; boxes: PanelBox[] } => {
  if (name === 'wide') {
    const width = 920;
    const height = 380;
    const firstShare = count > 1 ? 0.44 : 1;
    const boxes: PanelBox[] = [];
    let x = 0;
    for (let i = 0; i < count; i += 1) {
      const w = i === 0 ? width * firstShare : (width * (1 - firstShare)) / (count - 1);
      boxes.push({
        x,
        y: 0,
        layout: {
          width: w,
          height,
          margin: { top: 30 + MARKER_ROW, right: 142, bottom: 34, left: 48 },
          yTicks: 5,
          xTicks: i === 0 ? 4 : 6,
          endLabels: true,
        },
      });
      x += w;
    }
    return { width, height, boxes };
  }
  const width = 340;
  // The first panel's lines are flat; the later ones hold the spike and get more height.
  const heightOf = (i: number) => (i === 0 ? 230 : 290);
  const boxes = Array.from({ length: count }, (_, i) => ({
    x: 0,
    y: Array.from({ length: i }, (_, j) => heightOf(j)).reduce((a, b) => a + b, 0),
    layout: {
      width,
      height: heightOf(i),
      margin: { top: 28 + MARKER_ROW, right: 14, bottom: 36, left: 46 },
      yTicks: 4,
      xTicks: 4,
      endLabels: false,
    },
  }));
  const height = Array.from({ length: count }, (_, i) => heightOf(i)).reduce((a, b) => a + b, 0);
  return { width, height, boxes };
};

/** How wide a marker's pill is for its label, px. */
export const pillWidth = (label: string): number => Math.max(16, label.length * 7 + 8);

/**
 * Events whose markers would touch share one, labelled with the range of their numbers
 * ("5–8"); merging repeats until no two pills overlap, so no marker hides another.
 */
export const clusterEvents = (
  positioned: readonly { readonly n: number; readonly at: number }[],
  gap: number,
): { readonly label: string; readonly at: number; readonly ns: readonly number[] }[] => {
  const label = (ns: readonly number[]) => {
    const first = ns[0] ?? 0;
    const last = ns[ns.length - 1] ?? first;
    return first === last ? String(first) : `${first}–${last}`;
  };
  const centre = (ats: readonly number[]) => ats.reduce((s, a) => s + a, 0) / ats.length;
  let clusters = [...positioned]
    .sort((a, b) => a.at - b.at)
    .map((p) => ({ ns: [p.n], ats: [p.at] }));
  for (let merged = true; merged; ) {
    merged = false;
    const next: { ns: number[]; ats: number[] }[] = [];
    for (const c of clusters) {
      const last = next[next.length - 1];
      const room =
        last === undefined
          ? Number.POSITIVE_INFINITY
          : centre(c.ats) -
            centre(last.ats) -
            (pillWidth(label(c.ns)) + pillWidth(label(last.ns))) / 2;
      if (last !== undefined && room < gap) {
        last.ns.push(...c.ns);
        last.ats.push(...c.ats);
        merged = true;
      } else next.push({ ns: [...c.ns], ats: [...c.ats] });
    }
    clusters = next;
  }
  return clusters.map((c) => ({ label: label(c.ns), at: centre(c.ats), ns: c.ns }));
};

const inPanel = (panel: Panel, date: string) => {
  const { from, to } = panel.plot.x as { from: string; to: string };
  return date >= from && date <= to;
};

const panelSvg = (
  panel: Panel,
  box: PanelBox,
  events: readonly ChartEvent[],
  periods: readonly MarkedPeriod[],
  zoom: { readonly maxPct: number } | undefined,
): string => {
  const { layout } = box;
  const innerWidth = layout.width - layout.margin.left - layout.margin.right;
  const innerHeight = layout.height - layout.margin.top - layout.margin.bottom;
  const x = xScale(panel.plot.x, layout);
  const y = yScale(panel.plot.y.min, panel.plot.y.max, layout, true);
  const axis = panel.plot.x as { from: string; to: string };
  const left = layout.margin.left;
  const top = layout.margin.top;

  const bands = periods.flatMap((p) => {
    // ISO dates compare as text: the later start and the earlier end.
    const from = [p.from, axis.from].sort()[1] ?? p.from;
    const to = [p.to, axis.to].sort()[0] ?? p.to;
    if (from > to) return [];
    const x0 = x.at(utcMs(from));
    const x1 = x.at(utcMs(to));
    return [
      {
        band: el(
          'g',
          { class: `period period--${p.kind}` },
          el('rect', { x: x0, y: 0, width: Math.max(x1 - x0, 2), height: innerHeight }),
        ),
        // Drawn over the lines, on a halo of the background, so a line never runs through it.
        label: text({ class: 'period__label', x: x0 + 4, y: 12 }, p.label),
      },
    ];
  });

  const zoomBand =
    zoom === undefined
      ? ''
      : el(
          'g',
          { class: 'zoom-band' },
          el('rect', { x: 0, y: y(zoom.maxPct), width: innerWidth, height: y(0) - y(zoom.maxPct) }),
        );

  const markers = clusterEvents(
    events.filter((e) => inPanel(panel, e.date)).map((e) => ({ n: e.n, at: x.at(utcMs(e.date)) })),
    3,
  ).map((c) => {
    const w = pillWidth(c.label);
    return el(
      'g',
      { class: 'event-marker' },
      el('line', {
        class: 'event-marker__guide',
        x1: c.at,
        x2: c.at,
        y1: -MARKER_ROW + 14,
        y2: innerHeight,
      }),
      el('rect', { x: c.at - w / 2, y: -MARKER_ROW - 2, width: w, height: 16, rx: 8 }),
      text({ x: c.at, y: -MARKER_ROW + 10, 'text-anchor': 'middle' }, c.label),
    );
  });

  return el(
    'g',
    { class: 'panel', transform: `translate(${box.x},${box.y})` },
    text({ class: 'panel__title', x: left, y: 16 }, panel.title),
    el(
      'g',
      { transform: `translate(${left},${top})` },
      zoomBand,
      ...bands.map((b) => b.band),
      ...markers,
    ),
    linePlotSvg(panel.plot, layout),
    el('g', { transform: `translate(${left},${top})` }, ...bands.map((b) => b.label)),
  );
};

/**
 * The panels as one SVG: each panel its own plot, with the numbered events above it, the
 * marked periods as hatched bands, and (from the second panel on) the first panel's value
 * range shaded, so a reader sees how much the first panel is zoomed in.
 */
export const panelsChartSvg = (
  plot: PanelsPlot,
  name: LayoutName,
  labels: { readonly title: string; readonly labelledBy: string; readonly describedBy: string },
): string => {
  const { width, height, boxes } = panelBoxes(name, plot.panels.length);
  const first = plot.panels[0];
  const firstBox = boxes[0];
  // The top of the first panel's axis, after rounding to nice ticks: what its scale shows.
  const zoomMaxPct =
    first && firstBox
      ? (yScale(first.plot.y.min, first.plot.y.max, firstBox.layout).domain()[1] ?? 0)
      : 0;
  const body = plot.panels.map((panel, i) =>
    panelSvg(
      panel,
      boxes[i] as PanelBox,
      plot.events,
      plot.periods,
      plot.showZoom && i > 0 ? { maxPct: zoomMaxPct } : undefined,
    ),
  );
  return el(
    'svg',
    {
      class: 'chart-svg chart-svg--panels',
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': labels.labelledBy,
      'aria-describedby': labels.describedBy,
    },
    `<title>${esc(labels.title)}</title>`,
    ...body,
  );
};
