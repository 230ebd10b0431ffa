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
