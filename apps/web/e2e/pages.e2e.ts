import { describe, expect, it } from 'vitest';
import { openPage, suiteBrowser, visibleText, visit } from './browser';
import { NOT_FOUND_ROUTE, ROUTES } from './routes';

const browser = suiteBrowser();

describe('every route', () => {
  it.each(ROUTES)(
    '%s renders with one h1, its own title and description, and no console error',
    async (route) => {
      const { context, page, problems } = await openPage(browser());
      const response = await visit(page, route);
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.title()).toMatch(/tradetalks/);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.length ?? 0).toBeGreaterThan(40);
      const text = await visibleText(page, 'body');
      expect(text).not.toMatch(/\bNaN\b|\bundefined\b|Infinity/);
      // No raw Markdown, and no developer words outside the developer section of /data.
      expect(text).not.toMatch(/\*\*|\]\(https?:|^#{1,3} /m);
      const outsideDevSection =
        route === '/data'
          ? await page.evaluate(() => {
              const main = document.querySelector('main')?.cloneNode(true) as HTMLElement;
              main.querySelector('[aria-labelledby="npm-heading"]')?.remove();
              // biome-ignore lint/performance/useDomNodeTextContent: the words a reader sees
              return main.innerText;
            })
          : text;
      expect(outsideDevSection).not.toMatch(/\bzod\b|parseDataset|netted by/);
      // /data names the package where its tables' descriptions (core's words) say so.
      if (route !== '/data') expect(text).not.toContain('@tradetalks/core');
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it('gives every route a different title', async () => {
    const { context, page } = await openPage(browser());
    const titles = new Set<string>();
    for (const route of ROUTES) {
      await visit(page, route);
      titles.add(await page.title());
    }
    expect(titles.size).toBe(ROUTES.length);
    await context.close();
  });

  it('answers an unknown address with the 404 page and status 404', async () => {
    const { context, page, problems } = await openPage(browser());
    const response = await visit(page, NOT_FOUND_ROUTE);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toMatch(/no page/i);
    expect(await page.locator('main a[href="/tariffs"]').count()).toBeGreaterThan(0);
    // The only problem is the 404 itself, which the browser reports.
    expect(problems.filter((p) => !p.includes('404') && !p.includes(NOT_FOUND_ROUTE))).toEqual([]);
    await context.close();
  });

  it('makes the skip link the first tab stop, and it moves focus to the content', async () => {
    const { context, page } = await openPage(browser());
    await visit(page, '/tariffs');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute('href'),
    }));
    expect(first).toEqual({ text: 'Skip to content', href: '#main' });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
});
