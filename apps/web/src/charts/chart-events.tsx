import { formatDate } from '@tradetalks/core';
import type { PanelsPlot } from './types';

/** The key to a chart's numbered markers: each date, and what took effect on it. */
export function ChartEvents({ plot }: { plot: PanelsPlot }) {
  if (plot.events.length === 0) return null;
  return (
    <details className="chart__events">
      <summary>What happened at each numbered date ({plot.events.length})</summary>
      <ol className="chart-events">
        {plot.events.map((e) => (
          <li key={e.n} value={e.n}>
            <time dateTime={e.date}>{formatDate(e.date, { short: true })}</time>
            <ul>
              {e.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </details>
  );
}
