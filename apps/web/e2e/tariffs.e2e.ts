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
  date: formatDate(date, { short: true }),
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

/** A page whose date control is laid out the U.S. way (month/day/year), as most browsers are. */
const usPage = async () => {
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  return { context, page, problems };
};

/** Types into the date control as a person does: click its first part, then the digits. */
const typeDate = async (page: Page, digits: string) => {
  const box = await page.locator('#tariff-date').boundingBox();
  if (box === null) throw new Error('no date control');
  await page.mouse.click(box.x + 14, box.y + box.height / 2);
  await page.keyboard.type(digits, { delay: 60 });
};

describe('typing and history', () => {
  it('typing 06/01/2019 shows 1 June 2019 (it used to give 9 June 2025)', async () => {
    const { context, page, problems } = await usPage();
    await visit(page, '/tariffs');
    await typeDate(page, '06012019');
    await page.waitForURL((url) => url.searchParams.get('date') === '2019-06-01');
    await expect.poll(() => shown(page)).toEqual(expected('2019-06-01'));
    expect(await page.locator('#tariff-date').inputValue()).toBe('2019-06-01');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a typed date outside the data gets a note and leaves the view as it was', async () => {
    const { context, page } = await usPage();
    await visit(page, '/tariffs');
    await typeDate(page, '06012030');
    await page.keyboard.press('Enter');
    const note = page.locator('.explorer__controls .notice');
    await expect.poll(() => note.textContent()).toContain('outside the data');
    expect(await shown(page)).toEqual(expected(max));
    await context.close();
  });

  it('each change of date is a step Back undoes', async () => {
    const { context, page } = await openPage(browser);
    await visit(page, '/tariffs');
    const dates = tariffChangeDates(dataset).filter((d) => d < max);
    const first = dates[dates.length - 1] as string;
    const second = dates[dates.length - 2] as string;
    await page.getByRole('button', { name: 'Previous change' }).click();
    await page.waitForURL((url) => url.searchParams.get('date') === first);
    await page.getByRole('button', { name: 'Previous change' }).click();
    await page.waitForURL((url) => url.searchParams.get('date') === second);
    await page.goBack();
    await expect.poll(() => shown(page)).toEqual(expected(first));
    expect(await page.locator('#tariff-date').inputValue()).toBe(first);
    await page.goBack();
    await expect.poll(() => shown(page)).toEqual(expected(max));
    await context.close();
  });

  it('the date chips change the view in place with JavaScript', async () => {
    const { context, page } = await openPage(browser);
    await visit(page, '/tariffs');
    const date = tariffChangeDates(dataset)[0] as string;
    await page.locator(`.change-dates a[href="/tariffs/on/${date}"]`).click();
    await page.waitForURL(
      (url) => url.pathname === '/tariffs' && url.searchParams.get('date') === date,
    );
    await expect.poll(() => shown(page)).toEqual(expected(date));
    await context.close();
  });

  it('the date chips are links to each date’s page without JavaScript', async () => {
    const { context, page } = await openPage(browser, { javaScript: false });
    await visit(page, '/tariffs');
    const date = tariffChangeDates(dataset)[0] as string;
    await page.locator(`.change-dates a[href="/tariffs/on/${date}"]`).click();
    await page.waitForURL((url) => url.pathname === `/tariffs/on/${date}`);
    expect(await page.locator('h1').textContent()).toContain(formatDate(date));
    await context.close();
  });
});
