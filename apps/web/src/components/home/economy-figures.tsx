import { formatNumber, type Overview } from '@tradetalks/core';
import { StatFigure } from '@/components/stat-figure';
import { claimTopicHref } from '@/lib/hrefs';
import { mergeSources } from '@/lib/sources';
import { Term } from '@/ui/term';

/** U.S. GDP in the quarter the article cites (annualized and year on year), China's PMI. */
export function EconomyFigures({ overview }: { overview: Overview }) {
  const { firstPrint, latest, yearOnYear, latestQuarter } = overview.gdp;
  const { april, march, expected, gapToThreshold } = overview.pmi;
  return (
    <div className="grid-2">
      <StatFigure
        id="figure-gdp"
        label={`U.S. real GDP growth in ${firstPrint.dateText}, first estimate`}
        value={firstPrint.text}
        sources={mergeSources(firstPrint.sources, latest.sources, yearOnYear?.sources ?? [])}
        explain={{ href: '/economy#gdp-revisions', label: 'Every estimate of that quarter' }}
        check={{ href: claimTopicHref('gdp'), label: 'Fact check: mislabelled as year on year' }}
      >
        <p>
          That is an <Term id="annualized-rate">annualized rate</Term>: the quarter’s change,
          compounded over a year. The latest estimate puts it at <strong>{latest.text}</strong>.
          {yearOnYear ? (
            <>
              {' '}
              Against the same quarter a year earlier (<Term id="year-on-year">year on year</Term>
              ), the economy grew <strong>{yearOnYear.text}</strong>.
            </>
          ) : null}
        </p>
        <p className="small">
          Latest quarter in the data: {latestQuarter.dateText}, {latestQuarter.text} (annualized).
        </p>
      </StatFigure>
      <StatFigure
        id="figure-pmi"
        label={`China’s official manufacturing PMI, ${april.dateText}`}
        value={april.text}
        sources={mergeSources(april.sources, expected?.sources ?? [])}
        explain={{ href: '/economy#china-pmi', label: 'The PMI month by month' }}
        check={{ href: claimTopicHref('pmi'), label: 'Fact check: the PMI claims' }}
      >
        <p>
          {gapToThreshold.text} points against the {formatNumber(overview.pmi.threshold, 0)} line
          between growth and contraction
          {march ? `, from ${march.text} in ${march.dateText}` : ''}.
          {expected ? ` Analysts had expected ${expected.text}.` : ''}
        </p>
        <p className="small">
          Latest month in the data: {overview.pmi.latest.dateText}, {overview.pmi.latest.text}.
        </p>
      </StatFigure>
    </div>
  );
}
