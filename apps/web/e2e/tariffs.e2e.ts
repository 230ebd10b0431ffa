import {
  dataset,
  formatDate,
  formatRate,
  parseDateInput,
  tariffChangeDates,
  tariffDateRange,
  tariffStackOn,
} from '@tradetalks/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, visibleText, visit } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const { min, max } = tariffDateRange(dataset);
const shown = async (page: Page) => ({
  date: await page.locator('.explorer__date strong').textContent(),
  us: await page.locator('.explorer .stack-panel--us .stack-panel__value').first().textContent(),
  cn: await page.locator('.explorer .stack-panel--cn .stack-panel__value').first().textContent(),
});
const expected = (date: string) => ({
  date: formatDate(date),
  us: formatRate(tariffStackOn(dataset, 'US', date).allGoods),
  cn: formatRate(tariffStackOn(dataset, 'CN', date).allGoods),
});

describe('the tariff date control', () => {
  it('shows the latest date when no date is asked for', async () => {
    const { context, page } = await openPage(browser);
    await visit(page, '/tariffs');
    expect(await shown(page)).toEqual(expected(max));
    await context.close();
  });

  it('updates the URL and the stacks when a date is picked', async () => {
    const { context, page, problems } = await openPage(browser);
    await visit(page, '/tariffs');
    const pick = tariffChangeDates(dataset).find((d) => d.startsWith(max.slice(0, 4))) ?? max;
    await page.locator('#tariff-date').fill(pick);
    await page.waitForURL((url) => url.searchParams.get('date') === pick);
    await expect.poll(() => shown(page)).toEqual(expected(pick));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('steps to the previous and next change, keeping the URL in step', async () => {
    const { context, page } = await openPage(browser);
    await visit(page, `/tariffs?date=${max}`);
    const dates = tariffChangeDates(dataset).filter((d) => d < max);
    const previous = dates[dates.length - 1] as string;
    await page.getByRole('button', { name: 'Previous change' }).click();
    await page.waitForURL((url) => url.searchParams.get('date') === previous);
    await expect.poll(() => shown(page)).toEqual(expected(previous));
    await page.getByRole('button', { name: 'Next change' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('date')).not.toBe(previous);
    await context.close();
  });

  it('loads a date from the URL', async () => {
    const { context, page } = await openPage(browser);
    const date = tariffChangeDates(dataset)[0] as string;
    await visit(page, `/tariffs?date=${date}`);
    await expect.poll(() => shown(page)).toEqual(expected(date));
    await context.close();
  });

  it.each(['text', '2025-13-45', '3000-01-01', '2025-02-30'])(
    '?date=%s shows a note and falls back to the latest date',
    async (raw) => {
      const { context, page, problems } = await openPage(browser);
      await visit(page, `/tariffs?date=${encodeURIComponent(raw)}`);
      const parsed = parseDateInput(raw, min, max);
      if (parsed.ok) throw new Error('expected a bad date');
      const note = page.locator('.explorer .notice');
      await expect.poll(() => note.textContent()).toContain(parsed.reason);
      expect(await note.textContent()).toContain(formatDate(max));
      expect(await shown(page)).toEqual(expected(max));
      expect(await page.locator('svg.stack-bar').count()).toBeGreaterThan(0);
      expect(await visibleText(page, 'body')).not.toMatch(/\bNaN\b|undefined|Invalid Date/);
      expect(problems).toEqual([]);
      await context.close();
    },
  );
});
