import {
  dataset,
  formatDate,
  tariffCoverage,
  tariffDay,
  tariffDayDates,
  tariffStackOn,
} from '@tradetalks/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, suiteBrowser, visibleText, visit } from './browser';

const browser = suiteBrowser();

const { bothVerifiedThrough: lastVerified } = tariffCoverage(dataset);
const changeDates = tariffDayDates(dataset);
const short = (d: string) => formatDate(d, { short: true });

/** What the explorer shows: the date its stacks are for, and both all-goods sums. */
const shown = async (page: Page) => ({
  date: await page.locator('.explorer__date strong').textContent(),
  us: await page
    .locator('.explorer .stack-panel--us:visible .stack-panel__value')
    .first()
    .textContent(),
  cn: await page
    .locator('.explorer .stack-panel--cn:visible .stack-panel__value')
    .first()
    .textContent(),
});
/** What core says the explorer should show for a date asked for. */
const expected = (date: string) => {
  const result = tariffDay(dataset, date);
  const { view } = result;
  return {
    date: short(view.stacksOn),
    us: view.sides[0].allGoods.text,
    cn: view.sides[1].allGoods.text,
  };
};

describe('the tariff date control', () => {
  it('shows the last verified day when no date is asked for', async () => {
    const { context, page } = await openPage(browser());
    await visit(page, '/tariffs');
    expect(await shown(page)).toEqual(expected(lastVerified));
    await context.close();
  });

  it('updates the URL and the stacks when a date is picked', async () => {
    const { context, page, problems } = await openPage(browser());
    await visit(page, '/tariffs');
    const pick = changeDates.find((d) => d.startsWith('2025')) ?? lastVerified;
    await page.locator('#tariff-date').fill(pick);
    await page.waitForURL((url) => url.searchParams.get('date') === pick);
    await expect.poll(() => shown(page)).toEqual(expected(pick));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('steps to the previous and next change as core gives them, keeping the URL in step', async () => {
    const { context, page } = await openPage(browser());
    await visit(page, `/tariffs?date=${lastVerified}`);
    const previous = tariffDay(dataset, lastVerified).view.previousDate as string;
    const before = tariffDay(dataset, previous).view.previousDate as string;
    await page.getByRole('button', { name: 'Previous change' }).click();
    await page.waitForURL((url) => url.searchParams.get('date') === previous);
    await expect.poll(() => shown(page)).toEqual(expected(previous));
    await page.getByRole('button', { name: 'Previous change' }).click();
    await page.waitForURL((url) => url.searchParams.get('date') === before);
    expect(tariffDay(dataset, before).view.nextDate).toBe(previous);
    await page.getByRole('button', { name: 'Next change' }).click();
    await page.waitForURL((url) => url.searchParams.get('date') === previous);
    await expect.poll(() => shown(page)).toEqual(expected(previous));
    await context.close();
  });

  it('loads a date from the URL', async () => {
    const { context, page } = await openPage(browser());
    const date = changeDates[0] as string;
    await visit(page, `/tariffs?date=${date}`);
    await expect.poll(() => shown(page)).toEqual(expected(date));
    await context.close();
  });

  it('a date after the verified data shows the last verified stacks, marked, and what was due: no error', async () => {
    const { context, page, problems } = await openPage(browser());
    const later = '2026-12-01';
    await visit(page, `/tariffs?date=${later}`);
    const day = tariffDay(dataset, later);
    if (!day.ok || day.view.afterData === undefined) throw new Error('expected an after-data day');
    await expect.poll(() => shown(page)).toEqual(expected(later));
    const note = page.locator('.explorer__after');
    await expect.poll(() => note.textContent()).toContain(day.view.afterData.note);
    for (const s of day.view.afterData.scheduled)
      expect(await note.textContent()).toContain(s.title);
    expect(await page.locator('.explorer__date .tag').textContent()).toBe('last verified day');
    expect(await page.locator('.explorer__date').textContent()).toMatch(/\d{4} last verified day$/);
    expect(await page.locator('main .notice:not(.explorer__after)').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('each layer shows its later legal status, with the court’s sources', async () => {
    const { context, page } = await openPage(browser());
    await visit(page, '/tariffs?date=2025-04-10');
    await expect.poll(() => shown(page)).toEqual(expected('2025-04-10'));
    const us = page.locator('.explorer .stack-panel--us:visible');
    const legal = tariffDay(dataset, '2025-04-10').view.sides[0].layers.find((l) => l.legal)?.legal;
    expect(legal?.label).toBe('charged; later held unlawful');
    expect(await us.locator('.legal-badge').first().textContent()).toBe(legal?.label);
    await us.locator('.legal-note summary').first().click();
    expect(await us.locator('.legal-note').first().textContent()).toContain(legal?.text ?? '?');
    expect(await us.locator('.legal-note .source-line a').count()).toBeGreaterThan(0);
    await context.close();
  });

  it.each(['text', '2025-13-45', '2025-02-30', '2017-06-01'])(
    '?date=%s shows core’s reason and falls back to the last verified day',
    async (raw) => {
      const { context, page, problems } = await openPage(browser());
      await visit(page, `/tariffs?date=${encodeURIComponent(raw)}`);
      const result = tariffDay(dataset, raw);
      if (result.ok) throw new Error('expected a bad date');
      const note = page.locator('.explorer .notice');
      await expect.poll(() => note.first().textContent()).toContain(result.reason);
      expect(await note.first().textContent()).toContain(short(lastVerified));
      expect(await shown(page)).toEqual(expected(lastVerified));
      expect(await page.locator('svg.stack-bar').count()).toBeGreaterThan(0);
      expect(await visibleText(page, 'body')).not.toMatch(/\bNaN\b|undefined|Invalid Date/);
      expect(problems).toEqual([]);
      await context.close();
    },
  );
});

/** A page whose date control is laid out the U.S. way (month/day/year), as most browsers are. */
const usPage = async () => {
  const context = await browser().newContext({
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

  it('a typed date after the verified data gets the last verified stacks, marked', async () => {
    const { context, page } = await usPage();
    await visit(page, '/tariffs');
    await typeDate(page, '06012030');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('date') === '2030-06-01');
    await expect
      .poll(() => page.locator('.explorer__after').textContent())
      .toContain('after the verified data');
    expect(await shown(page)).toEqual(expected('2030-06-01'));
    await context.close();
  });

  it('a typed date before the data gets core’s reason and leaves the view as it was', async () => {
    const { context, page } = await usPage();
    await visit(page, '/tariffs');
    await typeDate(page, '06012017');
    await page.keyboard.press('Enter');
    const note = page.locator('.explorer__controls .notice');
    await expect.poll(() => note.textContent()).toContain('before the data');
    expect(await shown(page)).toEqual(expected(lastVerified));
    await context.close();
  });

  it('each change of date is a step Back undoes', async () => {
    const { context, page } = await openPage(browser());
    await visit(page, '/tariffs');
    const first = tariffDay(dataset, lastVerified).view.previousDate as string;
    const second = tariffDay(dataset, first).view.previousDate as string;
    await page.getByRole('button', { name: 'Previous change' }).click();
    await page.waitForURL((url) => url.searchParams.get('date') === first);
    await page.getByRole('button', { name: 'Previous change' }).click();
    await page.waitForURL((url) => url.searchParams.get('date') === second);
    await page.goBack();
    await expect.poll(() => shown(page)).toEqual(expected(first));
    expect(await page.locator('#tariff-date').inputValue()).toBe(first);
    await page.goBack();
    await expect.poll(() => shown(page)).toEqual(expected(lastVerified));
    await context.close();
  });

  it('the date chips change the view in place with JavaScript', async () => {
    const { context, page } = await openPage(browser());
    await visit(page, '/tariffs');
    const date = changeDates[0] as string;
    await page.locator(`.change-dates a[href="/tariffs/on/${date}"]`).click();
    await page.waitForURL(
      (url) => url.pathname === '/tariffs' && url.searchParams.get('date') === date,
    );
    await expect.poll(() => shown(page)).toEqual(expected(date));
    expect(await page.locator(`[data-change-day="${date}"]`).isVisible()).toBe(true);
    await context.close();
  });

  it('the date chips are links to each date’s page without JavaScript', async () => {
    const { context, page } = await openPage(browser(), { javaScript: false });
    await visit(page, '/tariffs');
    const date = changeDates[0] as string;
    await page.locator(`.change-dates a[href="/tariffs/on/${date}"]`).click();
    await page.waitForURL((url) => url.pathname === `/tariffs/on/${date}`);
    expect(await page.locator('h1').textContent()).toContain(formatDate(date));
    // Beside the 0% on all goods, what the lists charged.
    const us = tariffStackOn(dataset, 'US', date);
    expect(us.allGoods.maxPct).toBe(0);
    const listed = tariffDay(dataset, date).view.sides[0].listedSummary ?? '?';
    expect(await page.locator('.stack-panel--us .stack-panel__listed').textContent()).toContain(
      listed,
    );
    await context.close();
  });
});
