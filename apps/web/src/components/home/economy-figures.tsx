import {
  BASIS_PHRASES,
  formatChangePct,
  formatDate,
  formatIndex,
  type Story,
} from '@tradetalks/core';
import { StatFigure } from '@/components/stat-figure';
import { claimTopicHref } from '@/lib/hrefs';

const vintageLabel = (figure: Story['gdp']['latest']) =>
  figure.series.vintages?.find((v) => v.id === figure.observation.vintageId)?.label.toLowerCase();

/** U.S. GDP in the quarter the article cites, and China's PMI in the month it cites. */
export function EconomyFigures({ story }: { story: Story }) {
  const { firstPrint, latest } = story.gdp;
  const { april, march, expected, thresholdIndex, gapToExpected } = story.pmi;
  const gap = story.pmi.gapToThreshold;
  return (
    <div className="grid-2">
      <StatFigure
        id="figure-gdp"
        label={`U.S. real GDP growth in ${formatDate(firstPrint.observation.period)}, first estimate`}
        value={formatChangePct(firstPrint.observation.value)}
        sourceIds={[...firstPrint.observation.sourceIds, ...latest.observation.sourceIds]}
        explain={{ href: '/economy#gdp-revisions', label: 'Every estimate of that quarter' }}
        check={{ href: claimTopicHref('gdp'), label: 'Fact check: mislabelled as year on year' }}
      >
        <p>
          That is {BASIS_PHRASES[firstPrint.series.basisCode]}: the quarter’s change, compounded
          over a year. The {vintageLabel(latest) ?? 'latest estimate'} puts it at{' '}
          <strong>{formatChangePct(latest.observation.value)}</strong>.
        </p>
      </StatFigure>
      <StatFigure
        id="figure-pmi"
        label={`China’s official manufacturing PMI, ${formatDate(april.observation.period)}`}
        value={formatIndex(april.observation.value)}
        sourceIds={[...april.observation.sourceIds, ...(expected?.observation.sourceIds ?? [])]}
        explain={{ href: '/economy#china-pmi', label: 'The PMI month by month' }}
        check={{ href: claimTopicHref('pmi'), label: 'Fact check: the PMI claims' }}
      >
        <p>
          {formatIndex(Math.abs(gap))} points {gap < 0 ? 'under' : 'over'} the{' '}
          {formatIndex(thresholdIndex, 0)} line between growth and contraction
          {march
            ? `, from ${formatIndex(march.observation.value)} in ${formatDate(march.observation.period)}`
            : ''}
          .
          {expected && gapToExpected !== undefined
            ? ` Analysts had expected ${formatIndex(expected.observation.value)}.`
            : ''}
        </p>
      </StatFigure>
    </div>
  );
}
