import {
  dataset,
  formatChangePct,
  formatDate,
  formatIndex,
  formatPercent,
  formatPp,
  formatRate,
  formatUsdBn,
  getSource,
  story,
} from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { lineText } from '../lines/line';
import { overviewLines } from './overview';

const facts = story(dataset);
const text = (width: number) => overviewLines(dataset, width).map(lineText).join('\n');

describe('the Overview', () => {
  it('shows each headline figure as core computes and formats it', () => {
    const page = text(100);
    const { tariffs, trade, gdp, pmi } = facts;
    for (const stack of [tariffs.usPeak, tariffs.chinaPeak, tariffs.usNow, tariffs.chinaNow]) {
      expect(page).toContain(formatRate(stack.allGoods));
    }
    expect(page).toContain(formatDate(tariffs.usPeak.date, { short: true }));
    expect(page).toContain(formatUsdBn(trade.from.totalUsdBn ?? Number.NaN));
    expect(page).toContain(formatUsdBn(trade.to.totalUsdBn ?? Number.NaN));
    expect(page).toContain(formatChangePct(trade.totalChangePct));
    for (const share of facts.exportShare) expect(page).toContain(formatPercent(share.sharePct));
    expect(page).toContain(formatPp(facts.exportShareChangePp ?? Number.NaN));
    expect(page).toContain(formatPercent(gdp.firstPrint.observation.value, 1));
    expect(page).toContain(formatPercent(gdp.latest.observation.value, 1));
    expect(page).toContain(formatIndex(pmi.april.observation.value));
    expect(page).toContain(`below ${formatIndex(pmi.thresholdIndex)}`);
  });

  it('shows the direction of each change in a glyph, not only a colour', () => {
    const page = text(100);
    expect(page).toMatch(new RegExp(`${formatChangePct(facts.trade.totalChangePct)} [▲▼]`));
  });

  it('names the publisher behind every section', () => {
    const page = text(100);
    expect(page.match(/Sources?: /g)?.length).toBeGreaterThanOrEqual(5);
    const [gdpSource] = facts.gdp.latest.observation.sourceIds;
    expect(page).toContain(getSource(dataset, gdpSource ?? '').publisher);
  });
});
