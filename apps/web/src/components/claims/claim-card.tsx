import { type ClaimNoteView, type ClaimView, MISSING } from '@tradetalks/core';
import { claimHref } from '@/lib/hrefs';
import { Link } from '@/ui/link';
import { SourceLine } from '@/ui/source-line';
import { VerdictBadge } from '@/ui/verdict-badge';

function Notes({ title, notes }: { title: string; notes: readonly ClaimNoteView[] }) {
  if (notes.length === 0) return null;
  return (
    <div className="claim__context">
      <p className="claim__label">{title}</p>
      <ul>
        {notes.map((n) => (
          <li key={n.text}>
            {n.text}
            {n.figure ? (
              <>
                {' '}
                <strong className="num">{n.figure.text}</strong>{' '}
                <code className="small">{n.figure.formula}</code>
              </>
            ) : null}
            <SourceLine sources={n.sources} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * One claim, re-checked (core's view): the verdict (symbol and label), who made it, what it
 * states beside what the data gives, the arithmetic, the explanation, other vintages or
 * definitions, the context, what came after, and every source.
 */
export function ClaimCard({ claim, headingLevel = 3 }: { claim: ClaimView; headingLevel?: 1 | 3 }) {
  const Heading = headingLevel === 1 ? 'h1' : 'h3';
  const titleId = `${claim.id}-title`;
  return (
    <article className={`claim claim--${claim.verdict}`} id={claim.id} aria-labelledby={titleId}>
      <p className="claim__meta">
        <VerdictBadge verdict={claim.verdict} />
        <span className="claim__topic">{claim.topicLabel}</span>
        <span className="claim__by">{claim.madeBy}</span>
      </p>
      <Heading className="claim__text" id={titleId}>
        {claim.text}
      </Heading>
      <p className="claim__meaning small">
        {claim.verdictMeaning} {claim.checkedAgainst}.
      </p>
      <dl className="claim__compare">
        <div className="claim__side">
          <dt>{claim.speaker ? `${claim.speaker.name} said` : 'The article says'}</dt>
          <dd className="claim__figure">{claim.stated}</dd>
        </div>
        <div className="claim__side">
          <dt>Recomputed from the data</dt>
          <dd className="claim__figure">{claim.recomputed}</dd>
        </div>
      </dl>
      <p className="claim__explanation">{claim.explanation}</p>
      {claim.formula !== MISSING ? (
        <div className="claim__formula">
          <p className="claim__label">The arithmetic</p>
          <p>
            <code>{claim.formula}</code>
          </p>
        </div>
      ) : null}
      {claim.alternatives.length > 0 ? (
        <div className="claim__alternatives">
          <p className="claim__label">The same check on other vintages or definitions</p>
          <ul>
            {claim.alternatives.map((alt) => (
              <li key={alt.label}>
                <span className="claim__alt-label">{alt.label}:</span>{' '}
                <span className="num">{alt.recomputed}</span>
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
      <Notes title="Context" notes={claim.context} />
      <Notes title="What came after" notes={claim.after} />
      <div className="claim__sources">
        <SourceLine label="Where it was said" sources={claim.claimSources} />
        {claim.evidenceSources.length > 0 ? (
          <SourceLine label="Checked against" sources={claim.evidenceSources} />
        ) : (
          <p className="source-line">No independent source in our data.</p>
        )}
        <p className="small claim__permalink">
          <Link href={claimHref(claim.id)}>
            Permalink<span className="visually-hidden">: {claim.text}</span>
          </Link>
        </p>
      </div>
    </article>
  );
}
