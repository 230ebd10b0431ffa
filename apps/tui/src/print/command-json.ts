import {
  type Dataset,
  EVENT_KIND_LABELS,
  exportShareToUs,
  filterEvents,
  STACK_SCOPE,
  type TariffStack,
  tariffChangeDates,
  tariffStackOn,
  tariffSteps,
  tradeTable,
  VERDICTS,
  verdictCounts,
} from '@tradetalks/core';
import type { CommandName } from '../args/commands';
import { claimResults } from '../content/claims';
import { citationsOf } from '../content/sources';
import { SIDES } from '../model/economies';
import { factsOf } from '../model/facts';

const stackJson = (stack: TariffStack) => ({
  imposedBy: stack.imposedBy,
  on: stack.on,
  allGoodsPct: stack.allGoods,
  highestOnListedGoodsPct: stack.highestOnListedGoods,
  layers: stack.layers.map((l) => ({
    layerId: l.layer.id,
    name: l.layer.name,
    scope: l.layer.scope,
    legalBasis: l.measure.legalBasis,
    ratePct: l.rate ?? null,
    measureId: l.measure.id,
    action: l.measure.action,
    effectiveOn: l.measure.effectiveOn,
    sourceIds: l.measure.sourceIds,
  })),
  scope: STACK_SCOPE[stack.imposedBy],
});

/** The data behind a command, shaped for programs: numbers unrounded, units in the names. */
export const commandJson = (command: CommandName, dataset: Dataset, date: string): unknown => {
  const meta = { asOf: dataset.asOf, datasetVersion: dataset.version };
  switch (command) {
    case 'facts':
      return factsOf(dataset);
    case 'timeline':
      return {
        ...meta,
        events: filterEvents(dataset).map((e) => ({ ...e, kindLabel: EVENT_KIND_LABELS[e.kind] })),
      };
    case 'tariffs':
      return {
        ...meta,
        date,
        changedOn: dataset.tariffMeasures.filter((m) => m.effectiveOn === date).map((m) => m.id),
        stacks: SIDES.map((side) => stackJson(tariffStackOn(dataset, side, date))),
        changeDates: tariffChangeDates(dataset),
        steps: Object.fromEntries(SIDES.map((side) => [side, tariffSteps(dataset, side)])),
      };
    case 'trade':
      return {
        ...meta,
        unit: 'US$ billions',
        years: tradeTable(dataset),
        change: factsOf(dataset).trade,
        exportShare: exportShareToUs(dataset),
      };
    case 'claims':
      return {
        ...meta,
        counts: verdictCounts(claimResults(dataset)),
        claims: claimResults(dataset).map(({ claim, ...result }) => ({
          id: claim.id,
          topic: claim.topic,
          text: claim.text,
          ...result,
          verdictLabel: VERDICTS[result.verdict].label,
          verdictSymbol: VERDICTS[result.verdict].symbol,
          checkedAgainst: claim.checkedAgainst,
          context: claim.context ?? [],
          sourceIds: claim.sourceIds,
        })),
      };
    case 'sources':
      return {
        ...meta,
        sources: dataset.sources.map((s) => ({
          ...s,
          citedBy: citationsOf(dataset).get(s.id) ?? [],
        })),
      };
  }
};
