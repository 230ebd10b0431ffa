import { dataset, tariffCoverage, tariffDay } from '@tradetalks/core';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, suiteBrowser, visibleText, visit } from './browser';
import { CHART_ROUTES, ROUTES } from './routes';

const browser = suiteBrowser();

const lastVerified = tariffCoverage(dataset).bothVerifiedThrough;

/** The drawing a chart shows at this width: its one visible image, loaded. */
const drawing = async (chart: Locator) => {
  const img = chart.locator('img.chart__img:visible');
  await img.scrollIntoViewIfNeeded();
  await expect
    .poll(() =>
      img.evaluate(
        (el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth,
      ),
    )
    .toBeGreaterThan(0);
  return img;
};

describe('without JavaScript', () => {
  it.each(CHART_ROUTES)('%s shows its charts, drawn, titled and described', async (route) => {
    const { context, page } = await openPage(browser(), { javaScript: false });
    await visit(page, route);
    const charts = page.locator('figure.chart');
    expect(await charts.count()).toBeGreaterThan(0);
    for (const chart of await charts.all()) {
      const img = await drawing(chart);
      expect(await img.count()).toBe(1);
      const box = await img.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThan(100);
      const summaryId = await img.getAttribute('aria-describedby');
      expect((await chart.locator(`#${summaryId}`).textContent())?.length ?? 0).toBeGreaterThan(40);
      expect(await chart.locator('table').count()).toBe(1);
    }
    await context.close();
  });

  it('/ opens with the tariff chart: two panels, numbered dates, the held-unlawful band', async () => {
    const { context, page } = await openPage(browser(), { javaScript: false });
    await visit(page, '/');
    const chart = page.locator('figure#tariff-history');
    const img = await drawing(chart);
    // The picture is the build's drawing: fetch what the image shows and look inside.
    const src = (await img.evaluate((el) => (el as HTMLImageElement).currentSrc)) ?? '';
    const svg = await (await fetch(src)).text();
    expect(svg.match(/class="panel"/g)).toHaveLength(2);
    expect(svg.match(/class="event-marker"/g)?.length ?? 0).toBeGreaterThan(4);
    expect(svg.match(/class="period period--held-unlawful"/g)).toHaveLength(1);
    expect(await chart.locator('.legend-period').count()).toBe(1);
    const summary = (await chart.locator('.chart__summary').textContent()) ?? '';
    expect(summary).toContain(tariffDay(dataset, lastVerified).view.sides[0].allGoods.text);
    expect(summary).toContain('held unlawful');
    // It comes before the figures: the picture first.
    const [chartTop, figuresTop] = await Promise.all([
      chart.evaluate((el) => el.getBoundingClientRect().top),
      page.locator('#figure-us-tariff').evaluate((el) => el.getBoundingClientRect().top),
    ]);
    expect(chartTop).toBeLessThan(figuresTop);
    await context.close();
  });

  it.each([390, 1280])('the home chart fits and reads at %i px', async (width) => {
    const { context, page } = await openPage(browser(), { javaScript: false, width });
    await visit(page, '/');
    const img = await drawing(page.locator('figure#tariff-history'));
    const box = await img.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(width * 0.8 - 60);
    expect(box?.width ?? 0).toBeLessThanOrEqual(width);
    // The drawing chosen suits the width: its 13 px text shows at least 10 px tall.
    const { natural, shown } = await img.evaluate((el) => ({
      natural: (el as HTMLImageElement).naturalWidth,
      shown: el.getBoundingClientRect().width,
    }));
    expect((13 * shown) / natural).toBeGreaterThanOrEqual(10);
    await context.close();
  });

  it('/tariffs shows the stacks in force on the last verified day', async () => {
    const { context, page } = await openPage(browser(), { javaScript: false });
    await visit(page, '/tariffs');
    const us = tariffDay(dataset, lastVerified).view.sides[0];
    const panel = page.locator('.stack-panel--us:visible').first();
    expect(await panel.locator('.stack-panel__value').first().textContent()).toBe(us.allGoods.text);
    expect(await page.locator('svg.stack-bar:visible').count()).toBeGreaterThan(0);
    await context.close();
  });

  it.each(ROUTES)('%s still has its content', async (route) => {
    const { context, page } = await openPage(browser(), { javaScript: false });
    await visit(page, route);
    expect((await visibleText(page, 'main')).length).toBeGreaterThan(200);
    await context.close();
  });
});
