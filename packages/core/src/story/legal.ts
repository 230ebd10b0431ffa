import { addDays, compareIso } from '../calc/dates';
import type { LegalStanding } from '../calc/legal-status';
import type { LayerLegalStatus } from '../calc/tariff-stack';
import { formatDate } from '../format/date';
import { LEGAL_STANDINGS } from '../format/labels';
import type { Dataset, LegalFinding, TariffLayer } from '../types';
import { perDataset } from './memo';
import { type SourceRef, sourceRefs } from './source-ref';

/** One court finding on a layer, as surfaces show it. */
export interface FindingView {
  readonly date: string;
  readonly dateText: string;
  readonly kind: LegalFinding['kind'];
  readonly court: string;
  readonly summary: string;
  readonly remedy: string | undefined;
  readonly eventId: string | undefined;
  readonly sources: readonly SourceRef[];
}

/** A layer's standing in law, decided once: what every surface says about it. */
export interface LegalView {
  /** As of the stack's date. */
  readonly standing: LegalStanding;
  /** On the latest finding in the data. */
  readonly latestStanding: LegalStanding;
  /** A few words for a badge: "charged; later held unlawful". */
  readonly label: string;
  /** One or two sentences: what was charged, what the courts then found, what followed. */
  readonly text: string;
  readonly findings: readonly FindingView[];
}

/** The last day each ended layer was charged: the day before the measure that ended it. */
const lastChargedDays = /* @__PURE__ */ perDataset((dataset): ReadonlyMap<string, string> => {
  const out = new Map<string, string>();
  for (const m of dataset.tariffMeasures) {
    if (m.endsLayer) out.set(m.layerId, addDays(m.effectiveOn, -1));
  }
  return out;
});

/** The last day a layer was charged, if a measure ended it. */
export const lastChargedDay = (dataset: Dataset, layerId: string): string | undefined =>
  lastChargedDays(dataset).get(layerId);

// "On 20 February 2026, the Supreme Court held …": a finding's summary, dated.
const sentence = (finding: LegalFinding): string => {
  const { summary } = finding;
  const lead = /^(The|A|An) /.test(summary)
    ? summary.charAt(0).toLowerCase() + summary.slice(1)
    : summary;
  return `On ${formatDate(finding.date)}, ${lead}`;
};

/**
 * How a layer stood in law on `date`, given its findings: the label and the text every
 * surface shows ("Charged at the time. On 20 February 2026 the Supreme Court held …").
 */
export const legalView = (
  dataset: Dataset,
  layer: TariffLayer,
  status: LayerLegalStatus,
  date: string,
): LegalView => {
  const courts = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const findings = status.findings.map(
    (f): FindingView => ({
      date: f.date,
      dateText: formatDate(f.date),
      kind: f.kind,
      court: courts.get(f.courtId) ?? f.courtId,
      summary: f.summary,
      remedy: f.remedy,
      eventId: f.eventId,
      sources: sourceRefs(dataset, f.sourceIds),
    }),
  );
  const { onDate, latest } = status;
  const lastCharged = lastChargedDay(dataset, layer.id);
  const heldOn = status.findings.find((f) => f.kind === 'held-unlawful')?.date;
  let label: string;
  let lead: string;
  if (onDate === 'held-unlawful') {
    label = 'held unlawful; still collected';
    lead = `Held unlawful on ${formatDate(heldOn ?? date)}, yet still collected${
      lastCharged ? ` on goods entered up to ${formatDate(lastCharged)}` : ''
    }.`;
  } else if (onDate === 'unchallenged' && latest !== 'unchallenged') {
    label = `charged; later ${LEGAL_STANDINGS[latest].label}`;
    lead = 'Charged at the time.';
  } else if (onDate === latest) {
    label = LEGAL_STANDINGS[latest].label;
    lead = '';
  } else {
    // The standing on the day first, then what came later: a stay or a ruling after that day
    // is never shown as if it already applied.
    label =
      onDate === 'held-unlawful-for-plaintiffs' && latest === 'held-unlawful-for-plaintiffs-stayed'
        ? `${LEGAL_STANDINGS[onDate].label}; ruling later stayed`
        : `${LEGAL_STANDINGS[onDate].label}; later ${LEGAL_STANDINGS[latest].label}`;
    lead = '';
  }
  const later = status.findings
    .filter((f) => onDate !== 'held-unlawful' || f.kind !== 'held-unlawful')
    .map(sentence);
  const remedy = status.findings.map((f) => f.remedy).find((r) => r !== undefined);
  const text = [lead, ...later, remedy ?? ''].filter((t) => t !== '').join(' ');
  return { standing: onDate, latestStanding: latest, label, text, findings };
};

/** A stretch of days a layer was charged although a court later held it unlawful. */
export interface HeldUnlawfulPeriod {
  readonly layerId: string;
  readonly layerName: string;
  /** The first day the layer was charged. */
  readonly from: string;
  /** The last day it was charged. */
  readonly to: string;
  /** The day it was held unlawful, and by whom. */
  readonly heldOn: string;
  readonly court: string;
  /** "IEEPA “fentanyl” tariff: charged 4 February 2025 – 23 February 2026, held unlawful on 20 February 2026". */
  readonly label: string;
  readonly sources: readonly SourceRef[];
}

/**
 * For a chart of one side's stacks: each layer held unlawful for everyone, with the days it
 * was charged (its first measure's effective day to the day before the measure that ended it).
 */
export const heldUnlawfulPeriods = (
  dataset: Dataset,
  side: 'US' | 'CN',
): readonly HeldUnlawfulPeriod[] => {
  const courts = new Map(dataset.actors.map((a) => [a.id, a.name]));
  return dataset.tariffLayers
    .filter((l) => l.imposedBy === side)
    .flatMap((layer) => {
      const finding = (layer.legalHistory ?? []).find((f) => f.kind === 'held-unlawful');
      const starts = dataset.tariffMeasures
        .filter((m) => m.layerId === layer.id)
        .map((m) => m.effectiveOn)
        .sort();
      const from = starts[0];
      const to = lastChargedDay(dataset, layer.id);
      if (finding === undefined || from === undefined || to === undefined) return [];
      return [
        {
          layerId: layer.id,
          layerName: layer.name,
          from,
          to,
          heldOn: finding.date,
          court: courts.get(finding.courtId) ?? finding.courtId,
          label: `${layer.name}: charged ${formatDate(from)} – ${formatDate(to)}, held unlawful on ${formatDate(finding.date)}`,
          sources: sourceRefs(dataset, finding.sourceIds),
        },
      ];
    });
};

/** Days on which one side charged tariffs later held unlawful, however many layers it took. */
export interface HeldUnlawfulSpan {
  /** First and last day, `YYYY-MM-DD`. */
  readonly from: string;
  readonly to: string;
  /** The days the layers charged in the span were held unlawful. */
  readonly heldOn: readonly string[];
  /** "Held unlawful 20 Feb 2026": to write on a band across the span. */
  readonly label: string;
}

/**
 * `heldUnlawfulPeriods` as spans of days, for the band a chart draws: layers charged over
 * overlapping or touching days (the two IEEPA tariffs) make one span, from the first day either
 * was charged to the last, labelled with the day or days they were held unlawful.
 */
export const heldUnlawfulSpans = (
  periods: readonly Pick<HeldUnlawfulPeriod, 'from' | 'to' | 'heldOn'>[],
): readonly HeldUnlawfulSpan[] => {
  const sorted = [...periods].sort((a, b) => compareIso(a.from, b.from));
  const spans: { from: string; to: string; heldOn: string[] }[] = [];
  for (const p of sorted) {
    const last = spans[spans.length - 1];
    if (last && p.from <= addDays(last.to, 1)) {
      if (p.to > last.to) last.to = p.to;
      if (!last.heldOn.includes(p.heldOn)) last.heldOn.push(p.heldOn);
    } else spans.push({ from: p.from, to: p.to, heldOn: [p.heldOn] });
  }
  return spans.map((s) => ({
    ...s,
    label: `Held unlawful ${s.heldOn.map((d) => formatDate(d, { short: true })).join(', ')}`,
  }));
};
