// /tariffs holds the latest verified day's panels; its island fetches every stretch's once.
import { dataset, pickTariffDay, tariffDayIndex } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { EXPLORER_PANELS_HREF, tariffsDayHref } from '../src/lib/hrefs';
import { baseUrl, fetchOk, openPage, suiteBrowser, visit } from './browser';

const browser = suiteBrowser();

const index = tariffDayIndex(dataset);
const panelCount = (html: string) => html.match(/data-stretches="/g)?.length ?? 0;

describe('the explorer panels', () => {
  it('the page holds one panel per side; the file every stretch’s, kept out of search', async () => {
    expect(panelCount(await (await fetchOk('/tariffs')).text())).toBe(2);
    const all = panelCount(await (await fetchOk(EXPLORER_PANELS_HREF)).text());
    expect(all).toBeGreaterThan(2);
    // A part of /tariffs, which search engines are asked not to list on its own.
    expect(await (await fetchOk('/robots.txt')).text()).toContain(
      `Disallow: ${EXPLORER_PANELS_HREF}`,
    );
  });

  it('are fetched once, as the island wakes, and answer every date after', async () => {
    const { context, page, problems } = await openPage(browser());
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith(EXPLORER_PANELS_HREF)) fetched.push(r.url());
    });
    await visit(page, '/tariffs');
    const steps = ['Previous change', 'Previous change', 'Latest verified', 'Previous change'];
    for (const name of steps) {
      const before = page.url();
      await page.getByRole('button', { name }).click();
      await page.waitForURL((url) => url.href !== before);
      const date = new URL(page.url()).searchParams.get('date') ?? '';
      const pick = pickTariffDay(index, date).pick;
      await expect
        .poll(() => page.locator('[data-stretches]:visible').count(), { message: date })
        .toBe(2);
      const shown = await page
        .locator('[data-stretches]:visible')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-stretches') ?? ''));
      for (const s of shown) expect(s.split(' '), date).toContain(String(pick.stretch));
    }
    expect(fetched).toHaveLength(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('when they cannot be loaded, a past date says so and links to its day', async () => {
    const { context, page } = await openPage(browser());
    await page.route(`**${EXPLORER_PANELS_HREF}`, (route) => route.abort());
    const date = index.stretches[1]?.from ?? '';
    await page.goto(`${baseUrl()}/tariffs?date=${date}`, { waitUntil: 'load' });
    const note = page.locator('.explorer .notice', { hasText: 'could not be loaded' });
    await note.waitFor();
    const pick = pickTariffDay(index, date).pick;
    expect(await note.locator('a').getAttribute('href')).toBe(
      tariffsDayHref(pick.lastChange ?? ''),
    );
    // The latest day's panels, which the page holds, are not shown as this day's.
    expect(await page.locator('[data-stretches]:visible').count()).toBe(0);
    await context.close();
  });
});
