import { checkClaims, dataset, VERDICTS, type Verdict, verdictCounts } from '@tradetalks/core';
import { VERDICT_ORDER, verdictHref } from '@/models/claims/verdict-order';
import { Link } from '@/ui/link';
import { VerdictBadge } from '@/ui/verdict-badge';

/** How the article's claims fared, verdict by verdict. */
export function FactCheckSummary() {
  const results = checkClaims(dataset);
  const counts = verdictCounts(results);
  const verdicts = (Object.keys(VERDICTS) as Verdict[]).filter((v) => counts[v] > 0);
  return (
    <div className="fact-summary">
      <p>
        We broke the article into {results.length} checkable claims and recomputed each from the
        sources.
      </p>
      <ul className="fact-summary__list">
        {VERDICT_ORDER.filter((v) => verdicts.includes(v)).map((v) => (
          <li key={v}>
            <a href={verdictHref(v)} className="verdict-link">
              <VerdictBadge verdict={v} count={counts[v]} />
            </a>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/claims" className="cta">
          Read every claim, with the arithmetic
        </Link>
      </p>
    </div>
  );
}
