import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, visit } from './browser';
import { NOT_FOUND_ROUTE, ROUTES } from './routes';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe.each([360, 390])('at %i px wide', (width) => {
  it.each([...ROUTES, NOT_FOUND_ROUTE])('%s never scrolls sideways', async (route) => {
    const { context, page } = await openPage(browser, { width });
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
