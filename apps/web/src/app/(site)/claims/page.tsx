import type { Metadata } from 'next';
import { ClaimCard } from '@/components/claims/claim-card';
import { ClaimsFilter } from '@/components/claims/claims-filter';
import { PageCite } from '@/components/page-cite';
import { claimReview } from '@/lib/claim-review';
import { claimHref } from '@/lib/hrefs';
import { pageMetadata } from '@/lib/pages';
import { CLAIMS_LIST_ID, verdictSections } from '@/models/claims/verdict-order';
import { siteClaims, siteOverview } from '@/models/story/site-story';
import { JsonLd } from '@/ui/json-ld';
import { Link } from '@/ui/link';
import { SourceLine } from '@/ui/source-line';
import { Static } from '@/ui/static';
import { VerdictBadge } from '@/ui/verdict-badge';

export const metadata: Metadata = pageMetadata('/claims');

export default function ClaimsPage() {
  const view = siteClaims();
  const sections = verdictSections(view);
  const article = view.claims.find((c) => c.speaker === undefined)?.claimSources[0];
  return (
    <>
      <Static>
        <header className="page-intro">
          <p className="eyebrow">Fact check</p>
          <h1>The article’s claims, re-checked</h1>
          <p className="lede">
            A translated news report{article?.publishedText ? ` from ${article.publishedText}` : ''}
            , written as U.S. and Chinese negotiators prepared to meet, and one White House
            statement of the same weeks make {view.total} checkable claims. Recomputed from official
            and reputable sources,{' '}
            {sections.map((s, i) => (
              <span key={s.verdict}>
                {i > 0 ? (i === sections.length - 1 ? ' and ' : ', ') : ''}
                {s.claims.length} {s.claims.length === 1 ? 'is' : 'are'} {s.label.toLowerCase()}
              </span>
            ))}
            . What the check found wrong comes first; each claim also says what came after it.
          </p>
          <details className="how">
            <summary>How the claims were checked</summary>
            <p>
              A figure counts as matching when the two agree within the rounding each is given to,
              so a figure given to the whole percent matches anything that rounds to it. Recomputed
              figures are shown with two decimals on purpose, so you can see how they round. Where a
              source was revised or defined differently, the other versions are shown beside the
              main result. Where the numbers match but the label does not, the verdict says so.
            </p>
          </details>
          {article ? <SourceLine label="The article" sources={[article]} /> : null}
        </header>
      </Static>

      <ClaimsFilter
        total={view.total}
        pills={sections.map((s) => ({
          verdict: s.verdict,
          label: s.label,
          pill: <VerdictBadge verdict={s.verdict} count={s.claims.length} />,
          count: s.claims.length,
        }))}
      />
      <Static id={CLAIMS_LIST_ID} className="claims-by-verdict" data-show="all">
        {sections.map((s) => (
          <section
            key={s.verdict}
            className="section verdict-group"
            id={`verdict-${s.verdict}`}
            data-verdict={s.verdict}
            aria-labelledby={`verdict-${s.verdict}-heading`}
          >
            <h2 id={`verdict-${s.verdict}-heading`}>
              {s.label} ({s.claims.length})
            </h2>
            <p className="muted">{s.claims[0]?.verdictMeaning}</p>
            <div className="claims">
              {s.claims.map((c) => (
                <ClaimCard key={c.id} claim={c} />
              ))}
            </div>
          </section>
        ))}
      </Static>

      <Static>
        <section className="section" aria-labelledby="topics-heading">
          <h2 id="topics-heading">The claims by topic</h2>
          <div className="topics">
            {view.byTopic.map((topic) => (
              <section
                key={topic.topic}
                id={`topic-${topic.topic}`}
                aria-labelledby={`topic-${topic.topic}-heading`}
              >
                <h3 id={`topic-${topic.topic}-heading`}>{topic.label}</h3>
                <ul className="claim-links">
                  {topic.claims.map((c) => (
                    <li key={c.id}>
                      <VerdictBadge verdict={c.verdict} />{' '}
                      <Link href={claimHref(c.id)}>{c.text}</Link>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </section>
        <PageCite path="/claims" />
        <JsonLd
          data={{
            '@context': 'https://schema.org',
            '@graph': view.claims.map((c) => claimReview(c, siteOverview().asOf)),
          }}
        />
      </Static>
    </>
  );
}
