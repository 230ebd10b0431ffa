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
import { CHANGE_DAY_ATTR, PANELS_ATTR, STRETCHES_ATTR } from '@/models/tariffs/explorer-attrs';
import { SourceLine } from '@/ui/source-line';
import { Static } from '@/ui/static';
import { StaticHtml } from '@/ui/static-html';
import { DateChips } from './date-chips';
import { TariffExplorer } from './tariff-explorer';

/**
 * The tariff explorer. Core's `tariffDayIndex` splits the data into stretches of days on which
 * nothing shown changes. The page holds the panels of the latest verified day only; the
 * panels of every stretch (`ExplorerPanels`, identical panels once) are a file of their own,
 * `EXPLORER_PANELS_HREF` (its route handler), which the island fetches when it wakes. It reads the date from the
 * URL through core's `pickTariffDay` and only shows the right parts. Without JavaScript, the
 * latest verified day shows and the date chips are links to each day's page.
 */
export function ExplorerSection() {
  const index = tariffDayIndex(dataset);
  const dayPages = tariffDayDates(dataset);
  const scheduled = siteOverview().scheduled.map((s) => ({
    id: s.id,
    dateText: formatDate(s.date, { short: true }),
    title: s.title,
  }));
  return (
    <div className="explorer">
      <TariffExplorer index={index} scheduled={scheduled} />
      <Static {...{ [PANELS_ATTR]: '' }}>
        <ExplorerPanels latestOnly />
      </Static>
      <DateChips index={index} dayPages={dayPages} />
    </div>
  );
}

/**
 * Each side's panel for each stretch, and what took effect on each change day, as the
 * explorer shows them: the latest verified day's panels shown, the rest hidden until the
 * island picks. With `latestOnly`, just the parts that day shows (the page's own copy).
 */
export function ExplorerPanels({ latestOnly = false }: { latestOnly?: boolean }) {
  const index = tariffDayIndex(dataset);
  const maxPct = tariffScaleMaxPct(dataset);
  const latest = pickTariffDay(index).pick;
  const panels = new Map<string, { side: 'US' | 'CN'; html: string; stretches: number[] }>();
  index.stretches.forEach((stretch, i) => {
    if (latestOnly && i !== latest.stretch) return;
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
          hidden={!p.stretches.includes(latest.stretch)}
          html={p.html.replaceAll('@ID@', `stack-${p.n}`)}
        />
      ));
  const changeDates = latestOnly
    ? index.changeDates.filter((d) => d === latest.stacksOn)
    : index.changeDates;
  return (
    <>
      <div className="grid-2 explorer__panels">
        <div>{column('US')}</div>
        <div>{column('CN')}</div>
      </div>
      {changeDates.map((date) => {
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
    </>
  );
}
