// The islands wake on the reader's first interaction (scripts/first-paint.mjs): until then a
// page loads nothing but itself and its drawings; what the reader did before they answered is
// replayed once React has hydrated.
import { dataset, filterEvents } from '@tradetalks/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, hydration, isHydrated, openPage, suiteBrowser, wakeIslands } from './browser';

const browser = suiteBrowser();

/**
 * A page at `path` whose framework scripts are held until `release` is called, so a test can
 * act before the islands answer.
 */
const openHeld = async (path: string, options?: Parameters<typeof openPage>[1]) => {
  const opened = await openPage(browser(), options);
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await opened.page.route(/\/_next\/static\/.+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await opened.page.goto(`${baseUrl()}${path}`, { waitUntil: 'domcontentloaded' });
  return { ...opened, release };
};

const requestsOf = (page: Page) => {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('data:')) urls.push(new URL(request.url()).pathname);
  });
  return urls;
};

describe('before the first interaction', () => {
  it.each(['/', '/tariffs', '/claims'])(
    '%s loads only itself and its chart drawings',
    async (path) => {
      const { context, page, problems } = await openPage(browser(), { width: 390 });
      const urls = requestsOf(page);
      await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
      const others = urls.filter((u) => u !== path && !/^\/charts\/[\w-]+\.\w+\.svg$/.test(u));
      // No script, no stylesheet, no preload and no /favicon.ico.
      expect(others).toEqual([]);
      expect(await isHydrated(page)).toBe(false);
      // The stylesheet is in the page: it is styled all the same.
      expect(await page.evaluate(() => getComputedStyle(document.body).marginTop)).toBe('0px');
      expect(problems).toEqual([]);
      await context.close();
    },
  );
});

describe('a page opened with a query', () => {
  it('wakes its islands at once, to show the state the query names', async () => {
    const { context, page, problems } = await openPage(browser());
    await page.goto(`${baseUrl()}/timeline?year=2019`, { waitUntil: 'load' });
    await hydration(page);
    await expect
      .poll(() => page.locator('.timeline__item:visible').count())
      .toBe(filterEvents(dataset, { year: 2019 }).length);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the first interaction', () => {
  it('wakes the islands: the scripts load, React hydrates, and no error shows', async () => {
    const { context, page, problems } = await openPage(browser());
    const urls = requestsOf(page);
    await page.goto(`${baseUrl()}/`, { waitUntil: 'networkidle' });
    await wakeIslands(page);
    expect(urls.some((u) => /^\/_next\/static\/.+\.js$/.test(u))).toBe(true);
    // The whole stylesheet's link is back, once, and applies: the states the islands add are
    // styled, and React finds the stylesheet it rendered instead of adding it again.
    expect(
      await page.locator('link[rel="stylesheet"]').evaluateAll((links) =>
        links.map((l) => ({
          media: (l as HTMLLinkElement).media,
          loaded: !!(l as HTMLLinkElement).sheet,
        })),
      ),
    ).toEqual([{ media: '', loaded: true }]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a press on a link does not wake them: it navigates', async () => {
    const { context, page } = await openPage(browser());
    await page.goto(`${baseUrl()}/`, { waitUntil: 'networkidle' });
    const urls = requestsOf(page);
    await page.locator('.nav-wide a[href="/economy"]').click();
    await page.waitForURL((url) => url.pathname === '/economy');
    await page.waitForLoadState('networkidle');
    expect(urls.filter((u) => u.startsWith('/_next/'))).toEqual([]);
    await context.close();
  });

  it('a press on a button before the islands answer is replayed once they do', async () => {
    const { context, page, problems, release } = await openHeld('/claims', {
      colorScheme: 'light',
    });
    const toggle = page.locator('button.theme-toggle');
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    // The press is taken, and the button says it is waiting (and looks it).
    expect(await toggle.getAttribute('aria-busy')).toBe('true');
    expect(await toggle.evaluate((b) => getComputedStyle(b).outlineStyle)).toBe('dashed');
    release();
    await hydration(page);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    await expect
      .poll(() => page.locator('button.theme-toggle').getAttribute('aria-pressed'))
      .toBe('true');
    expect(await toggle.getAttribute('aria-busy')).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a list changed before the islands answer is applied once they do', async () => {
    // On a slow CPU, the replay's first event reaches the list before React has rendered the
    // filter island, and React renders it at once, inside that event: the replay must follow
    // it to the new list. (Without the throttle, the island mostly came first, and a loader
    // that missed the new list passed this test most of the time.)
    const { context, page, problems, release } = await openHeld('/timeline', { cpuSlowdown: 4 });
    // As a reader does: into the list (which wakes the islands), then a pick.
    await page.locator('#filter-year').focus();
    await page.locator('#filter-year').selectOption('2019');
    expect(new URL(page.url()).searchParams.get('year')).toBeNull();
    expect(await page.locator('#filter-year').getAttribute('aria-busy')).toBe('true');
    release();
    await page.waitForURL((url) => url.searchParams.get('year') === '2019');
    await expect.poll(() => page.locator('#filter-year').getAttribute('aria-busy')).toBeNull();
    await expect
      .poll(() => page.locator('.timeline__item:visible').count())
      .toBe(filterEvents(dataset, { year: 2019 }).length);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a date typed before the islands answer is shown once they do', async () => {
    // The same slow CPU as the list's, for the date field of the explorer's island.
    const { context, page, problems, release } = await openHeld('/tariffs', { cpuSlowdown: 4 });
    const field = page.locator('#tariff-date');
    await field.fill('2019-06-01');
    expect(await isHydrated(page)).toBe(false);
    release();
    await page.waitForURL((url) => url.searchParams.get('date') === '2019-06-01');
    expect(problems).toEqual([]);
    await context.close();
  });
});
