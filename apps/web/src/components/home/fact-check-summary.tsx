import type { ClaimsView } from '@tradetalks/core';
import { verdictHref } from '@/models/claims/verdict-order';
import { Link } from '@/ui/link';
import { VerdictBadge } from '@/ui/verdict-badge';

/** How the claims fared, verdict by verdict, findings first; each pill is a link to its group. */
export function FactCheckSummary({ claims }: { claims: ClaimsView }) {
  return (
    <div className="fact-summary">
      <p>
        We broke the article, and one White House statement it echoes, into {claims.total} checkable
        claims and recomputed each from the sources.
      </p>
      <ul className="fact-summary__list">
        {claims.counts
          .filter((c) => c.count > 0)
          .map((c) => (
            <li key={c.verdict}>
              <a href={verdictHref(c.verdict)} className="verdict-link">
                <VerdictBadge verdict={c.verdict} count={c.count} />
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
