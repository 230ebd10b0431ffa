import { dataset, formatDate, getActor, type Statement } from '@tradetalks/core';
import { actorHref } from '@/lib/hrefs';
import { Link } from '@/ui/link';
import { SourceLine } from '@/ui/source-line';

/** A short attributed quote (verbatim) or a paraphrase (marked as ours), with its context. */
export function StatementQuote({ statement }: { statement: Statement }) {
  const actor = getActor(dataset, statement.actorId);
  return (
    <figure className="statement" id={`statement-${statement.id}`}>
      <blockquote className={`statement__text statement__text--${statement.kind}`}>
        <p>{statement.kind === 'quote' ? `“${statement.text}”` : statement.text}</p>
      </blockquote>
      <figcaption className="small">
        <Link href={actorHref(actor.id)}>{actor.name}</Link>, {formatDate(statement.date)}
        {statement.kind === 'paraphrase' ? ' (paraphrased)' : ''}. {statement.context}
        <SourceLine ids={statement.sourceIds} />
      </figcaption>
    </figure>
  );
}
