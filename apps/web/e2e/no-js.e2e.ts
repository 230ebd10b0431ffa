import { dataset, formatRate, tariffStackOn } from '@tradetalks/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, visibleText, visit } from './browser';
import { CHART_ROUTES, ROUTES } from './routes';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('without JavaScript', () => {
  it.each(CHART_ROUTES)('%s shows its charts, drawn, titled and described', async (route) => {
    const { context, page } = await openPage(browser, { javaScript: false });
    await visit(page, route);
    const charts = page.locator('figure.chart');
    expect(await charts.count()).toBeGreaterThan(0);
    for (const chart of await charts.all()) {
      const svg = chart.locator('svg.chart-svg:visible');
      expect(await svg.count()).toBe(1);
      expect(await svg.locator('path, rect').count()).toBeGreaterThan(0);
      const box = await svg.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThan(100);
      expect((await chart.locator('.chart__summary').textContent())?.length ?? 0).toBeGreaterThan(
        40,
      );
    }
    await context.close();
  });

  it('/ opens with the tariff chart: two panels, numbered dates, both stacks', async () => {
    const { context, page } = await openPage(browser, { javaScript: false });
    await visit(page, '/');
    const chart = page.locator('figure#tariff-history');
    const svg = chart.locator('svg.chart-svg:visible');
    expect(await svg.count()).toBe(1);
    expect(await svg.locator('.panel').count()).toBe(2);
    expect(await svg.locator('.event-marker').count()).toBeGreaterThan(4);
    expect(await svg.locator('path.line').count()).toBeGreaterThanOrEqual(8);
    const summary = (await chart.locator('.chart__summary').textContent()) ?? '';
    expect(summary).toContain(formatRate(tariffStackOn(dataset, 'US', dataset.asOf).allGoods));
    // It comes before the figures: the picture first.
    const [chartTop, figuresTop] = await Promise.all([
      chart.evaluate((el) => el.getBoundingClientRect().top),
      page.locator('#figure-us-tariff').evaluate((el) => el.getBoundingClientRect().top),
    ]);
    expect(chartTop).toBeLessThan(figuresTop);
    await context.close();
  });

  it.each([390, 1280])('the home chart fits and reads at %i px', async (width) => {
    const { context, page } = await openPage(browser, { javaScript: false, width });
    await visit(page, '/');
    const box = await page.locator('figure#tariff-history svg.chart-svg:visible').boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(width * 0.8 - 60);
    expect(box?.width ?? 0).toBeLessThanOrEqual(width);
    // Its text is at least 10 px tall on the screen.
    const smallest = await page
      .locator('figure#tariff-history svg.chart-svg:visible')
      .evaluate((svg) =>
        Math.min(...[...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height)),
      );
    expect(smallest).toBeGreaterThanOrEqual(10);
    await context.close();
  });

  it('/tariffs shows the stacks in force on the latest date', async () => {
    const { context, page } = await openPage(browser, { javaScript: false });
    await visit(page, '/tariffs');
    const us = tariffStackOn(dataset, 'US', dataset.asOf);
    const panel = page.locator('.stack-panel--us').first();
    expect(await panel.locator('.stack-panel__value').first().textContent()).toBe(
      formatRate(us.allGoods),
    );
    expect(await page.locator('svg.stack-bar').count()).toBeGreaterThan(0);
    await context.close();
  });

  it.each(ROUTES)('%s still has its content', async (route) => {
    const { context, page } = await openPage(browser, { javaScript: false });
    await visit(page, route);
    expect((await visibleText(page, 'main')).length).toBeGreaterThan(200);
    await context.close();
  });
});
