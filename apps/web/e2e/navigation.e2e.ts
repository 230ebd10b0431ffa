import { describe, expect, it } from 'vitest';
import { NAV_ITEMS } from '@/lib/site';
import { openPage, suiteBrowser, visit } from './browser';

const browser = suiteBrowser();

describe('the main navigation', () => {
  it.each([true, false])(
    'folds into one row with a Menu on a phone (JavaScript %s)',
    async (javaScript) => {
      const { context, page } = await openPage(browser(), { width: 390, javaScript });
      await visit(page, '/trade');
      const header = await page.locator('.site-header__inner').boundingBox();
      // Brand, Menu and the theme switch on one row: about one control high.
      expect(header?.height ?? 0).toBeLessThan(80);
      const menu = page.locator('.nav-menu');
      expect(await menu.locator('a:visible').count()).toBe(0);
      await menu.locator('summary').click();
      expect(await menu.locator('a:visible').count()).toBe(NAV_ITEMS.length);
      expect(await menu.locator('a[aria-current="page"]').textContent()).toBe('Trade');
      await menu.locator('a[href="/economy"]').click();
      await page.waitForURL((url) => url.pathname === '/economy');
      await context.close();
    },
  );

  it('shows every link in one row on a desktop', async () => {
    const { context, page } = await openPage(browser(), { width: 1280 });
    await visit(page, '/');
    const links = page.locator('.nav-wide a');
    expect(await links.count()).toBe(NAV_ITEMS.length);
    const tops = await links.evaluateAll((els) =>
      els.map((e) => Math.round(e.getBoundingClientRect().top)),
    );
    expect(new Set(tops).size).toBe(1);
    expect(await page.locator('.nav-menu').isVisible()).toBe(false);
    await context.close();
  });
});
