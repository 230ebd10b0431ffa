import type { StatementView } from '@tradetalks/core';
import { actorHref } from '@/lib/hrefs';
import { Link } from '@/ui/link';
import { SourceLine } from '@/ui/source-line';

/** A short attributed quote (verbatim) or a paraphrase (marked as ours), with its context. */
export function StatementQuote({ statement }: { statement: StatementView }) {
  return (
    <figure className="statement" id={`statement-${statement.id}`}>
      <blockquote className={`statement__text statement__text--${statement.kind}`}>
        <p>{statement.kind === 'quote' ? `“${statement.text}”` : statement.text}</p>
      </blockquote>
      <figcaption className="small">
        <Link href={actorHref(statement.speaker.id)}>{statement.speaker.name}</Link>,{' '}
        {statement.dateText}
        {statement.kind === 'paraphrase' ? ' (paraphrased)' : ''}. {statement.context}
        <SourceLine sources={statement.sources} />
      </figcaption>
    </figure>
  );
}
