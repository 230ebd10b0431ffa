import type { CsvField, SourceRef } from '@tradetalks/core';

/** One value of a chart's table: the CSV keeps it raw, the page formats it. */
export type Cell = string | number | undefined;

/** A column of a chart's table and of its CSV download. */
export interface Column {
  /** CSV header, snake_case with the unit: `rate_pct`, `value_usd_bn`. */
  readonly name: string;
  /** Table header for readers. */
  readonly label: string;
  readonly type: CsvField['type'];
  readonly unit?: string;
  readonly description: string;
  /** How the page shows a value (core's formatters); the CSV keeps the raw value. */
  readonly format?: (value: Cell) => string;
}

/** Colour family: one per side of the story, plus a neutral one. Never the only cue. */
export type Tone = 'us' | 'cn' | 'neutral';
export type Dash = 'solid' | 'dashed' | 'dotted';
export type Marker = 'circle' | 'square' | 'triangle' | 'diamond' | 'none';
export type Fill = 'solid' | 'hatch' | 'outline';

export interface LinePoint {
  /** Milliseconds since the epoch on a time axis, or a category index on a band axis. */
  readonly x: number;
  readonly y: number;
  /** Drawn hollow: a derived or conflicting value (the table says which). */
  readonly hollow?: boolean;
  /** Extends the line without a marker (the end of a step). */
  readonly unmarked?: boolean;
  /** Written beside the marker: a value worth reading off the chart. */
  readonly label?: string;
}

export interface LineSeries {
  readonly key: string;
  readonly label: string;
  readonly tone: Tone;
  readonly dash: Dash;
  readonly marker: Marker;
  readonly curve: 'step' | 'linear' | 'none';
  readonly points: readonly LinePoint[];
  /** Written beside the last point on wide layouts. */
  readonly endLabel?: string;
  /**
   * Marker size in px (default 4.5), and whether every marker is drawn hollow: for markers
   * another series' markers may sit on, so both stay visible. (A hollow point, by contrast,
   * flags a derived or disputed value.)
   */
  readonly markerSize?: number;
  readonly markerOutline?: boolean;
}

export type XAxis =
  | { readonly type: 'time'; readonly from: string; readonly to: string }
  | { readonly type: 'band'; readonly categories: readonly string[] };

export interface LinePlot {
  readonly kind: 'line';
  readonly x: XAxis;
  readonly y: {
    readonly min: number;
    readonly max: number;
    readonly format: (v: number) => string;
    /** Start the axis at zero (default). Off for an index that lives near 50. */
    readonly includeZero?: boolean;
  };
  readonly series: readonly LineSeries[];
  /** Horizontal reference lines, such as a PMI's 50 threshold. */
  readonly references?: readonly { readonly y: number; readonly label: string }[];
}

export interface BarSeries {
  readonly key: string;
  readonly label: string;
  readonly tone: Tone;
  readonly fill: Fill;
  /** One per category; `undefined` is drawn as "not verified", never as zero. */
  readonly values: readonly (number | undefined)[];
}

export interface BarPlot {
  readonly kind: 'bar';
  readonly categories: readonly string[];
  readonly series: readonly BarSeries[];
  /** `format` writes the axis ticks (round numbers); `valueFormat` the values on the bars. */
  readonly y: {
    readonly format: (v: number) => string;
    readonly valueFormat?: (v: number) => string;
  };
  /** Write each value on its bar (for charts with few bars), at the unit's one precision. */
  readonly valueLabels?: boolean;
}

/**
 * A stretch of days to mark on a time axis: the tariffs charged in it were later held
 * unlawful. The words come with it, so the chart decides nothing about the law.
 */
export interface MarkedPeriod {
  readonly kind: 'held-unlawful';
  /** First and last day, YYYY-MM-DD. */
  readonly from: string;
  readonly to: string;
  /** Written on the band: "Held unlawful on 20 Feb 2026". */
  readonly label: string;
}

/** A numbered date on a chart's time axis; the key under the chart says what happened. */
export interface ChartEvent {
  readonly n: number;
  /** YYYY-MM-DD */
  readonly date: string;
  /** What took effect that day, one line each. */
  readonly items: readonly string[];
}

export interface Panel {
  /** Above the panel: what stretch of time and what scale it shows. */
  readonly title: string;
  readonly plot: LinePlot & { readonly x: { readonly type: 'time' } };
}

/**
 * Line plots side by side on a wide screen (stacked on a narrow one), each with its own
 * time span and scale, sharing numbered events and marked periods.
 */
export interface PanelsPlot {
  readonly kind: 'panels';
  readonly panels: readonly Panel[];
  readonly events: readonly ChartEvent[];
  readonly periods: readonly MarkedPeriod[];
  /** Shade, in each later panel, the value range the first panel shows (its zoom). */
  readonly showZoom: boolean;
}

/** A chart: what it plots, and the same numbers as a table and a CSV. */
export interface ChartSpec {
  /** Stable id: the CSV is /data/charts/<id>.csv. */
  readonly id: string;
  readonly title: string;
  /** The units, said plainly: "Additional tariff, percent". */
  readonly units: string;
  /** The text alternative: what it shows, the latest value and the direction. */
  readonly summary: string;
  /** The sources of what the chart draws, as core resolves them. */
  readonly sources: readonly SourceRef[];
  /**
   * Where the sources are listed instead, for charts resting on many records that each cite
   * their own (the tariff steps rest on every measure).
   */
  readonly sourcesListedAt?: { readonly href: string; readonly label: string };
  readonly notes?: readonly string[];
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
  readonly plot: LinePlot | BarPlot | PanelsPlot;
}
