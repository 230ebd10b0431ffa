import { describe, expect, it } from 'vitest';
import { openPage, suiteBrowser, visit } from './browser';

const browser = suiteBrowser();

const background = (page: import('playwright-core').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('light and dark', () => {
  it('follows the system, and the toggle overrides it and is remembered', async () => {
    const { context, page } = await openPage(browser(), { colorScheme: 'light' });
    await visit(page, '/');
    const light = await background(page);
    const toggle = page.locator('.theme-toggle');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    const dark = await background(page);
    expect(dark).not.toBe(light);
    // Remembered, and applied before the first paint: the attribute is set by the head script.
    await page.reload({ waitUntil: 'domcontentloaded' });
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await background(page)).toBe(dark);
    await context.close();
  });

  it('starts dark when the system is dark', async () => {
    const { context, page } = await openPage(browser(), { colorScheme: 'dark' });
    await visit(page, '/');
    const dark = await background(page);
    const { context: c2, page: p2 } = await openPage(browser(), { colorScheme: 'light' });
    await visit(p2, '/');
    expect(await background(p2)).not.toBe(dark);
    await c2.close();
    await context.close();
  });
});
