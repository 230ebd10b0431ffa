import { dataset, tariffChangeDates, tariffDateRange } from '@tradetalks/core';
import { compactStackPanel } from '@/charts/stacks/stack-panel-html';
import { sideStates, stackScaleMaxPct, stretchStarts } from '@/models/tariffs/stack-states';
import { TariffExplorer } from './tariff-explorer';

/** Builds every stretch's panel on the server and hands them to the date control. */
export function ExplorerSection() {
  const { min, max } = tariffDateRange(dataset);
  const maxPct = stackScaleMaxPct(dataset);
  const sides = (['US', 'CN'] as const).map((side) => {
    const states = sideStates(dataset, side);
    return {
      key: side,
      starts: states.map((s) => s.from),
      panels: states.map((state) => compactStackPanel(state, maxPct, dataset.asOf)),
    };
  });
  return (
    <TariffExplorer
      min={min}
      max={max}
      changeDates={tariffChangeDates(dataset).filter((d) => d <= max)}
      dayPages={stretchStarts(dataset)}
      sides={sides}
    />
  );
}
