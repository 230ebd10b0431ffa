// Pieces of the `--json` documents the views share. Every value comes from core's story model
// already decided and rounded; these only give it keys that say their unit.
import {
  type ActorRef,
  type Dataset,
  type DisplayUnit,
  dataAge,
  type FigureView,
  type LegalView,
  type ScheduledView,
  type SourceRef,
} from '@tradetalks/core';

/**
 * The version of every `--json` document's shape. A change that removes or renames a key,
 * or changes a value's type or unit, raises it; adding a key does not.
 * 2: the story model (data through 2026): data age, legal status, the page read and the
 * original of every source, the after-data answer, figures with their unit in their key.
 */
export const SCHEMA_VERSION = 2;

/** The fields every `--json` document starts with: what it is and how old its data is. */
export const metaJson = (command: string, dataset: Dataset, today: string) => {
  const age = dataAge(dataset, today);
  return {
    schemaVersion: SCHEMA_VERSION,
    command,
    datasetVersion: dataset.version,
    asOf: age.asOf,
    today: age.today,
    dataAge: { days: age.days, months: age.months, text: age.text },
  };
};

/**
 * The sources a document cites, gathered as its parts name them: each part keeps the ids
 * (`sourceIds`), the document lists each source once at its end (`sources`).
 */
export interface SourceBook {
  /** The ids of `refs`, each source noted for the document's list. */
  readonly ids: (refs: readonly SourceRef[]) => string[];
  /** Every source noted, in the order first cited. */
  readonly list: () => ReturnType<typeof sourceJson>[];
}

export const sourceBook = (): SourceBook => {
  const noted = new Map<string, SourceRef>();
  return {
    ids: (refs) =>
      refs.map((ref) => {
        noted.set(ref.id, ref);
        return ref.id;
      }),
    list: () => [...noted.values()].map(sourceJson),
  };
};

/** A source: who said it (`label`, "Publisher, via Site"), the page read, and the original. */
export const sourceJson = (ref: SourceRef) => ({
  id: ref.id,
  label: ref.label,
  publisher: ref.publisher,
  via: ref.via ?? null,
  title: ref.title,
  kind: ref.kind,
  kindLabel: ref.kindLabel,
  url: ref.href ?? null,
  original: ref.original
    ? { url: ref.original.href, title: ref.original.title ?? null, read: ref.original.read }
    : null,
  publishedOn: ref.publishedOn ?? null,
  note: ref.note ?? null,
});

/** The key a figure's number goes under, naming its unit. */
export const VALUE_KEYS = {
  percent: 'valuePct',
  'percent-change': 'changePct',
  pp: 'changePp',
  'usd-bn': 'valueUsdBn',
  'usd-bn-change': 'changeUsdBn',
  'usd-mn': 'valueUsdMn',
  'usd-bn-chained-2017': 'valueUsdBnChained2017',
  index: 'valueIndex',
  'index-points': 'changeIndexPoints',
  count: 'valueCount',
  mmt: 'valueMillionTonnes',
} as const satisfies Record<DisplayUnit, string>;

/** A figure: its label, its number under a key naming the unit, its text, date and sources. */
export const figureJson = (figure: FigureView, book: SourceBook) => ({
  label: figure.label,
  [VALUE_KEYS[figure.unit]]: figure.value,
  unit: figure.unit,
  text: figure.text,
  date: figure.date ?? null,
  note: figure.note ?? null,
  sourceIds: book.ids(figure.sources),
});

export const figureOrNull = (figure: FigureView | undefined, book: SourceBook) =>
  figure === undefined ? null : figureJson(figure, book);

/** A layer's standing in law, as core words it, with the courts' findings. */
export const legalJson = (legal: LegalView | undefined, book: SourceBook) =>
  legal === undefined
    ? null
    : {
        standing: legal.standing,
        latestStanding: legal.latestStanding,
        label: legal.label,
        text: legal.text,
        findings: legal.findings.map((f) => ({
          date: f.date,
          kind: f.kind,
          court: f.court,
          summary: f.summary,
          remedy: f.remedy ?? null,
          eventId: f.eventId ?? null,
          sourceIds: book.ids(f.sources),
        })),
      };

/** A change due after the verified data, whose outcome is not established. */
export const scheduledJson = (s: ScheduledView, book: SourceBook) => ({
  id: s.id,
  date: s.date,
  imposedBy: s.side,
  title: s.title,
  summary: s.summary,
  sourceIds: book.ids(s.sources),
});

/** A person or body, resolved. */
export const actorJson = (a: ActorRef) => ({ id: a.id, name: a.name, role: a.role, side: a.side });

/** A document as JSON text: two-space indents, one newline at the end. */
export const toJsonText = (document: unknown): string => `${JSON.stringify(document, null, 2)}\n`;
