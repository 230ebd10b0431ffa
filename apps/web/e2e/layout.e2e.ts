import { describe, expect, it } from 'vitest';
import { baseUrl, openPage, suiteBrowser, visit } from './browser';
import { EMBED_ROUTES, NOT_FOUND_ROUTE, ROUTES } from './routes';

const browser = suiteBrowser();

describe.each([360, 390])('at %i px wide', (width) => {
  it.each([...ROUTES, NOT_FOUND_ROUTE])('%s never scrolls sideways', async (route) => {
    const { context, page } = await openPage(browser(), { width });
    await visit(page, route);
    // Open the folded tables too: wide tables must scroll inside their own box.
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    const overflow = await page.evaluate(() => {
      const doc = document.documentElement;
      // Elements reaching past the right edge, other than those inside a box that scrolls.
      const scrolls = (el: Element) =>
        ['auto', 'scroll', 'hidden'].includes(getComputedStyle(el).overflowX);
      const insideScroller = (el: Element): boolean => {
        for (let p = el.parentElement; p !== null; p = p.parentElement) if (scrolls(p)) return true;
        return false;
      };
      const wide = [...document.querySelectorAll('main *')]
        .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 1)
        .filter((el) => !insideScroller(el))
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()} ${el.textContent?.slice(0, 40)}`);
      return { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, wide };
    });
    expect(overflow.wide).toEqual([]);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
    await context.close();
  });
});

// A browser may paint a page it is still parsing. The site's pages hold the first paint until
// their content has begun (`<link rel=expect>` in components/site-frame.tsx), so the header is
// never painted half-built, with its brand and navigation moving as the rest arrives.
describe('the first frame', () => {
  // The embed views have no site header (and no hold).
  const SITE_ROUTES = [...ROUTES, NOT_FOUND_ROUTE].filter(
    (r) => !(EMBED_ROUTES as readonly string[]).includes(r),
  );
  it.each(SITE_ROUTES)('%s shows the whole header, under a slow CPU', async (route) => {
    const { context, page } = await openPage(browser(), { width: 412, cpuSlowdown: 4 });
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        const w = window as unknown as Record<string, unknown>;
        w.firstFrame = {
          main: document.getElementById('main') !== null,
          menu: document.querySelector('header .nav-menu > summary')?.textContent ?? null,
        };
      });
    });
    await page.goto(`${baseUrl()}${route}`, { waitUntil: 'load' });
    const first = await page.evaluate(
      () => (window as unknown as Record<string, unknown>).firstFrame,
    );
    expect(first).toMatchObject({ main: true, menu: expect.stringMatching(/^Menu/) });
    await context.close();
  });
});
