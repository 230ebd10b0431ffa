import { VERDICTS, type Verdict } from '@tradetalks/core';

/** A verdict as symbol + label, never colour alone; with `count`, "3 disputed". */
export function VerdictBadge({ verdict, count }: { verdict: Verdict; count?: number }) {
  const v = VERDICTS[verdict];
  return (
    <span className={`verdict verdict--${verdict}`}>
      <span className="verdict__symbol" aria-hidden="true">
        {v.symbol}
      </span>
      <span className="verdict__label">
        {count === undefined ? v.label : `${count} ${v.label.toLowerCase()}`}
      </span>
    </span>
  );
}
