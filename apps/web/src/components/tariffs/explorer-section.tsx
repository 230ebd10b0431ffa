import {
  dataset,
  formatDate,
  pickTariffDay,
  tariffDayDates,
  tariffDayIndex,
  tariffScaleMaxPct,
} from '@tradetalks/core';
import { compactStackPanel } from '@/charts/stacks/stack-panel-html';
import { tariffsDayHref } from '@/lib/hrefs';
import { dayView, siteOverview } from '@/models/story/site-story';
import { CHANGE_DAY_ATTR, STRETCHES_ATTR } from '@/models/tariffs/explorer-attrs';
import { SourceLine } from '@/ui/source-line';
import { Static } from '@/ui/static';
import { StaticHtml } from '@/ui/static-html';
import { DateChips } from './date-chips';
import { TariffExplorer } from './tariff-explorer';

/**
 * The tariff explorer. Core's `tariffDayIndex` splits the data into stretches of days on which
 * nothing shown changes; each side's panel for each stretch is written here on the server
 * (identical panels once), with what took effect on each change day. The islands read the date
 * from the URL through core's `pickTariffDay` and only show the right parts. Without
 * JavaScript, the latest verified day shows and the date chips are links to each day's page.
 */
export function ExplorerSection() {
  const index = tariffDayIndex(dataset);
  const maxPct = tariffScaleMaxPct(dataset);
  const dayPages = tariffDayDates(dataset);
  const latest = index.stretches.length - 1;
  const panels = new Map<string, { side: 'US' | 'CN'; html: string; stretches: number[] }>();
  index.stretches.forEach((stretch, i) => {
    const view = dayView(stretch.from);
    // The day page that shows these stacks: the change they date from (core's pick says).
    const page = pickTariffDay(index, stretch.from).pick.lastChange;
    for (const side of view.sides) {
      const html = compactStackPanel(side, maxPct, {
        id: '@ID@',
        ...(page ? { dayHref: tariffsDayHref(page), dayText: side.stretch.text } : {}),
      });
      const entry = panels.get(html) ?? { side: side.side, html, stretches: [] };
      entry.stretches.push(i);
      panels.set(html, entry);
    }
  });
  const unique = [...panels.values()];
  const column = (side: 'US' | 'CN') =>
    unique
      .map((p, n) => ({ ...p, n }))
      .filter((p) => p.side === side)
      .map((p) => (
        <StaticHtml
          key={p.n}
          {...{ [STRETCHES_ATTR]: p.stretches.join(' ') }}
          hidden={!p.stretches.includes(latest)}
          html={p.html.replaceAll('@ID@', `stack-${p.n}`)}
        />
      ));
  const scheduled = siteOverview().scheduled.map((s) => ({
    id: s.id,
    dateText: formatDate(s.date, { short: true }),
    title: s.title,
  }));
  return (
    <div className="explorer">
      <TariffExplorer index={index} scheduled={scheduled} />
      <div className="grid-2 explorer__panels">
        <div>{column('US')}</div>
        <div>{column('CN')}</div>
      </div>
      <Static>
        {index.changeDates.map((date) => {
          const view = dayView(date);
          return (
            <section
              key={date}
              className="explorer__changes"
              {...{ [CHANGE_DAY_ATTR]: date }}
              hidden
              aria-labelledby={`changes-${date}`}
            >
              <h3 id={`changes-${date}`} className="explorer__changes-title">
                What took effect on {formatDate(date, { short: true })}
              </h3>
              <ul>
                {view.changes.map((c) => (
                  <li key={c.measureId}>
                    <strong>{c.layerName}</strong>: {c.action} ({c.rateText})
                    <SourceLine sources={c.sources} />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </Static>
      <DateChips index={index} dayPages={dayPages} />
    </div>
  );
}
