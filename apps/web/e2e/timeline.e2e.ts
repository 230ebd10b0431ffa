import { dataset, filterEvents } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { openPage, suiteBrowser, visit } from './browser';

const browser = suiteBrowser();

const listed = (page: import('playwright-core').Page) =>
  page.locator('.timeline__item:visible').count();

describe('the timeline filter', () => {
  it('lists every event before filtering', async () => {
    const { context, page } = await openPage(browser());
    await visit(page, '/timeline');
    expect(await listed(page)).toBe(dataset.events.length);
    await context.close();
  });

  it('filters by year and keeps the filter in the URL', async () => {
    const { context, page } = await openPage(browser());
    await visit(page, '/timeline');
    await page.locator('#filter-year').selectOption('2019');
    await page.waitForURL((url) => url.searchParams.get('year') === '2019');
    await expect.poll(() => listed(page)).toBe(filterEvents(dataset, { year: 2019 }).length);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => listed(page)).toBe(dataset.events.length);
    await context.close();
  });

  it('reads a person and a kind from the URL', async () => {
    const { context, page } = await openPage(browser());
    await visit(page, '/timeline?actor=bessent&kind=talks');
    await expect
      .poll(() => listed(page))
      .toBe(filterEvents(dataset, { actorId: 'bessent', kind: 'talks' }).length);
    await context.close();
  });
});
