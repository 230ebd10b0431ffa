import { dataset, filterEvents, tradeYearsWithTotals } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { openPage, suiteBrowser, visibleText, visit } from './browser';

const browser = suiteBrowser();

const years = tradeYearsWithTotals(dataset);

describe('bad query parameters get a note and a sensible fallback', () => {
  it.each([
    ['/trade?from=2017', '“2017”', 'pair-from', String(years.includes(2018) ? 2018 : years[0])],
    ['/trade?to=abc', '“abc”', 'pair-to', String(years[years.length - 1])],
  ])('%s', async (path, quoted, select, fallback) => {
    const { context, page, problems } = await openPage(browser());
    await visit(page, path);
    await expect.poll(() => page.locator('#compare .notice').textContent()).toContain(quoted);
    expect(await page.locator(`#${select}`).inputValue()).toBe(fallback);
    expect(await visibleText(page, 'main')).not.toMatch(/NaN|undefined/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each([
    ['/timeline?year=2030', '“2030”'],
    ['/timeline?year=2022', '“2022”'],
    ['/timeline?actor=nobody', '“nobody”'],
    ['/timeline?kind=%3Cscript%3E', '“<script>”'],
  ])('%s lists every event with a note', async (path, quoted) => {
    const { context, page, problems } = await openPage(browser());
    await visit(page, path);
    await expect.poll(() => page.locator('main .notice').first().textContent()).toContain(quoted);
    expect(await page.locator('.timeline__item:visible').count()).toBe(
      filterEvents(dataset, {}).length,
    );
    expect(problems).toEqual([]);
    await context.close();
  });
});
