import { dataset, GLOSSARY, sourceRefs } from '@tradetalks/core';
import type { Metadata } from 'next';
import { PageCite } from '@/components/page-cite';
import { pageMetadata } from '@/lib/pages';
import { SourceLine } from '@/ui/source-line';
import { Static } from '@/ui/static';

export const metadata: Metadata = pageMetadata('/glossary');

const byTerm = [...GLOSSARY].sort((a, b) => a.term.localeCompare(b.term, 'en'));

export default function GlossaryPage() {
  return (
    <Static>
      <header className="page-intro">
        <p className="eyebrow">Glossary</p>
        <h1>The words behind the numbers</h1>
        <p className="lede">
          The laws, measures and statistical terms this site uses, each in a sentence or two. The
          first time a page uses one of them, it links here.
        </p>
      </header>
      <dl className="glossary">
        {byTerm.map((entry) => (
          <div key={entry.id} id={entry.id} className="glossary__entry">
            <dt>
              <dfn>{entry.term}</dfn>
              {'expansion' in entry ? (
                <span className="glossary__expansion"> ({entry.expansion})</span>
              ) : null}
            </dt>
            <dd>
              <p>{entry.short}</p>
              {'sourceIds' in entry ? (
                <SourceLine sources={sourceRefs(dataset, entry.sourceIds)} />
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      <PageCite path="/glossary" />
    </Static>
  );
}
