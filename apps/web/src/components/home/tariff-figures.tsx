import {
  formatDate,
  formatPercent,
  formatRate,
  type Story,
  type TariffStack,
} from '@tradetalks/core';
import { StatFigure } from '@/components/stat-figure';
import { claimTopicHref, tariffsOnHref } from '@/lib/hrefs';
import { stackSourceIds } from '@/lib/story-sources';

const madeOf = (stack: TariffStack) =>
  stack.layers
    .filter((l) => l.layer.scope === 'all-goods' && l.rate)
    .map((l) => `${formatRate(l.rate)} ${l.layer.name}`)
    .join(' + ');

function SideFigure({
  id,
  label,
  peak,
  now,
}: {
  id: string;
  label: string;
  peak: TariffStack;
  now: TariffStack;
}) {
  return (
    <StatFigure
      id={id}
      label={label}
      value={formatRate(peak.allGoods)}
      sourceIds={stackSourceIds(peak)}
      explain={{ href: tariffsOnHref(peak.date), label: `Every layer on ${formatDate(peak.date)}` }}
      check={{ href: claimTopicHref('tariffs'), label: 'Fact check: the tariff claims' }}
    >
      <p>
        The peak, from {formatDate(peak.date)}: {madeOf(peak)}. A good also on one of its product
        lists paid up to {formatPercent(peak.highestOnListedGoods.maxPct)}.
      </p>
      <p>
        On {formatDate(now.date)}: <strong>{formatRate(now.allGoods)}</strong> on all goods
        {now.layers.some((l) => l.layer.scope === 'listed-goods')
          ? `, up to ${formatPercent(now.highestOnListedGoods.maxPct)} on listed goods`
          : ''}
        .
      </p>
    </StatFigure>
  );
}

/** The two peaks, what they were made of, and where they stand now. */
export function TariffFigures({ story }: { story: Story }) {
  const { usPeak, chinaPeak, usNow, chinaNow } = story.tariffs;
  return (
    <div className="grid-2">
      <SideFigure
        id="figure-us-tariff"
        label="U.S. tariff on all goods from China, at its peak"
        peak={usPeak}
        now={usNow}
      />
      <SideFigure
        id="figure-china-tariff"
        label="China’s tariff on all goods from the U.S., at its peak"
        peak={chinaPeak}
        now={chinaNow}
      />
    </div>
  );
}
