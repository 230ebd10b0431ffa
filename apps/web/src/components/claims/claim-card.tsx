import {
  type ClaimResult,
  formatNumber,
  formatRecomputed,
  MISSING,
  VERDICTS,
} from '@tradetalks/core';
import { claimHref } from '@/lib/hrefs';
import { topicLabel } from '@/models/claims/topics';
import { Link } from '@/ui/link';
import { SourceLine } from '@/ui/source-line';
import { VerdictBadge } from '@/ui/verdict-badge';

const CHECKED_AGAINST = {
  'own-figures': 'the article’s own figures',
  sources: 'independent sources',
} as const;

/** Digits shown for "full precision": enough to see what rounding did. */
const FULL_PRECISION_DIGITS = 6;

/**
 * One claim, re-checked: the verdict (symbol and label), what the article states beside what
 * the data gives, the arithmetic, the explanation, other vintages or definitions, the
 * context and every source.
 */
export function ClaimCard({
  result,
  headingLevel = 3,
}: {
  result: ClaimResult;
  headingLevel?: 1 | 3;
}) {
  const { claim, verdict } = result;
  const Heading = headingLevel === 1 ? 'h1' : 'h3';
  const titleId = `${claim.id}-title`;
  const value = result.recomputed?.kind === 'number' ? result.recomputed.value : undefined;
  // Shown only where the figure above rounds it.
  const precise =
    value !== undefined && Math.abs(value - Math.round(value * 100) / 100) > 1e-9
      ? value
      : undefined;
  return (
    <article className={`claim claim--${verdict}`} id={claim.id} aria-labelledby={titleId}>
      <p className="claim__meta">
        <VerdictBadge verdict={verdict} />
        <span className="claim__topic">{topicLabel(claim.topic)}</span>
      </p>
      <Heading className="claim__text" id={titleId}>
        {claim.text}
      </Heading>
      <p className="claim__meaning small">
        {VERDICTS[verdict].meaning} Checked against {CHECKED_AGAINST[claim.checkedAgainst]}.
      </p>
      <dl className="claim__compare">
        <div className="claim__side">
          <dt>The article says</dt>
          <dd className="claim__figure">{result.stated}</dd>
        </div>
        <div className="claim__side">
          <dt>Recomputed from the data</dt>
          <dd className="claim__figure">{result.recomputedText}</dd>
          {precise !== undefined ? (
            <dd className="claim__precise small muted">
              Full precision: {formatNumber(precise, FULL_PRECISION_DIGITS)}
            </dd>
          ) : null}
        </div>
      </dl>
      <p className="claim__explanation">{result.explanation}</p>
      {result.formula !== MISSING ? (
        <div className="claim__formula">
          <p className="claim__label">The arithmetic</p>
          <p>
            <code>{result.formula}</code>
          </p>
        </div>
      ) : null}
      {result.alternatives.length > 0 ? (
        <div className="claim__alternatives">
          <p className="claim__label">The same check on other vintages or definitions</p>
          <ul>
            {result.alternatives.map((alt) => (
              <li key={alt.label}>
                <span className="claim__alt-label">{alt.label}:</span>{' '}
                <span className="num">{formatRecomputed(alt.recomputed)}</span>
                {alt.agrees === undefined ? null : alt.agrees ? (
                  <span className="agree agree--yes">
                    <span aria-hidden="true">✓ </span>the stated figure holds
                  </span>
                ) : (
                  <span className="agree agree--no">
                    <span aria-hidden="true">✗ </span>the stated figure does not hold
                  </span>
                )}
                <br />
                <code className="small">{alt.formula}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {claim.context && claim.context.length > 0 ? (
        <div className="claim__context">
          <p className="claim__label">Context</p>
          <ul>
            {claim.context.map((c) => (
              <li key={c.text}>
                {c.text}
                <SourceLine ids={c.sourceIds} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="claim__sources">
        {result.evidenceSourceIds.length > 0 ? (
          <SourceLine ids={result.evidenceSourceIds} />
        ) : (
          <p className="source-line">No independent source in our data.</p>
        )}
        <p className="small">
          <Link href={claimHref(claim.id)}>
            Permalink<span className="visually-hidden">: {claim.text}</span>
          </Link>
        </p>
      </div>
    </article>
  );
}
