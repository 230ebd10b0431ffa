import { type ClaimResult, VERDICTS, type Verdict, verdictCounts } from '@tradetalks/core';
import { VerdictBadge } from '@/ui/verdict-badge';

/** What each verdict means, with how many claims got it. */
export function VerdictLegend({ results }: { results: readonly ClaimResult[] }) {
  const counts = verdictCounts(results);
  return (
    <dl className="legend-verdicts">
      {(Object.keys(VERDICTS) as Verdict[]).map((v) => (
        <div key={v} className="legend-verdicts__item">
          <dt>
            <VerdictBadge verdict={v} />
            <span className="legend-verdicts__count num">
              {counts[v]} {counts[v] === 1 ? 'claim' : 'claims'}
            </span>
          </dt>
          <dd>{VERDICTS[v].meaning}</dd>
        </div>
      ))}
    </dl>
  );
}
