import { formatDate } from '../format/date';
import { formatValue } from '../format/number';
import { type DisplayUnit, roundDerived } from '../format/precision';
import type { Dataset } from '../types';
import { type SourceRef, sourceRefs } from './source-ref';

const QUALIFIERS = { about: 'about', over: 'over', 'at-least': 'at least' } as const;

/** One figure as every surface shows it: value at its precision, its words, date and sources. */
export interface FigureView {
  readonly label: string;
  /** Rounded to the unit's stored precision (`DERIVED_DECIMALS`): safe for JSON and CSV. */
  readonly value: number;
  readonly unit: DisplayUnit;
  /** At the one display precision: "145%", "−11.7%", "$582.4B". */
  readonly text: string;
  /** The day, month, quarter or year the figure is for. */
  readonly date: string | undefined;
  readonly dateText: string | undefined;
  readonly note: string | undefined;
  readonly sources: readonly SourceRef[];
}

/** Build a figure view; `value` is rounded, never shown with float noise. */
export const figureView = (
  dataset: Dataset,
  figure: {
    readonly label: string;
    readonly value: number;
    readonly unit: DisplayUnit;
    readonly date?: string | undefined;
    readonly note?: string | undefined;
    /** How the source words it: "about $85B", "over 330,000". */
    readonly qualifier?: 'about' | 'over' | 'at-least' | undefined;
    readonly sourceIds: Iterable<string>;
  },
): FigureView => ({
  label: figure.label,
  value: roundDerived(figure.value, figure.unit),
  unit: figure.unit,
  text:
    figure.qualifier === undefined
      ? formatValue(figure.value, figure.unit)
      : `${QUALIFIERS[figure.qualifier]} ${formatValue(figure.value, figure.unit)}`,
  date: figure.date,
  dateText: figure.date === undefined ? undefined : formatDate(figure.date),
  note: figure.note,
  sources: sourceRefs(dataset, figure.sourceIds),
});
