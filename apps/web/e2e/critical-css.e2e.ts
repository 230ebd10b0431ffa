// Each page carries only the CSS rules its own elements can match (scripts/critical-css.mjs).
// The check: with every <details> open, each element of the page (and its ::before and
// ::after) computes the same style from the page's cut stylesheet as from the whole one.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { wokenBy } from '../scripts/first-paint.mjs';
import { baseUrl, isHydrated, openPage, suiteBrowser } from './browser';
import { NOT_FOUND_ROUTE, ROUTES } from './routes';

const browser = suiteBrowser();

/**
 * The elements whose computed style changes once the whole stylesheet at `href` is added to
 * the page, with what changed (at most 10 of each).
 */
const changedByWholeSheet = (page: Page, href: string) =>
  page.evaluate(async (sheet) => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    // Each element, and its ::before and ::after where the page generates them.
    const boxes: [Element, string | null][] = [];
    for (const el of document.querySelectorAll('body, body *')) {
      boxes.push([el, null]);
      for (const pseudo of ['::before', '::after']) {
        if (getComputedStyle(el, pseudo).content !== 'none') boxes.push([el, pseudo]);
      }
    }
    const first = getComputedStyle(document.body);
    const names = Array.from({ length: first.length }, (_, i) => first.item(i));
    const valuesOf = ([el, pseudo]: [Element, string | null]) => {
      const style = getComputedStyle(el, pseudo);
      return names.map((name) => style.getPropertyValue(name));
    };
    const before = boxes.map((box) => valuesOf(box).join('\n'));
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = sheet;
    await new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = () => reject(new Error(`${sheet} did not load`));
      document.head.append(link);
    });
    const changed: string[] = [];
    boxes.forEach((box, i) => {
      const after = valuesOf(box);
      if (after.join('\n') === before[i] || changed.length >= 10) return;
      const was = before[i]?.split('\n') ?? [];
      const [el, pseudo] = box;
      const diff = names
        .map((name, n) => ({ name, was: was[n], now: after[n] }))
        .filter((d) => d.was !== d.now)
        .slice(0, 10);
      const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}${pseudo ?? ''}`;
      changed.push(`${label}: ${diff.map((d) => `${d.name} ${d.was} → ${d.now}`).join('; ')}`);
    });
    return changed;
  }, href);

const wholeSheetOf = async (path: string) => {
  const html = await (await fetch(`${baseUrl()}${path}`)).text();
  const { sheets } = wokenBy(html);
  expect(sheets, `${path}: the stylesheet its loader adds`).toHaveLength(1);
  return sheets[0] ?? '';
};

const cases = [
  ...ROUTES.map((path) => ({ path, width: 390, colorScheme: 'light' as const })),
  ...ROUTES.map((path) => ({ path, width: 1280, colorScheme: 'dark' as const })),
  { path: NOT_FOUND_ROUTE, width: 390, colorScheme: 'dark' as const },
];

describe("each page's cut stylesheet styles it as the whole one does", () => {
  it.each(cases)('$path at $width px, $colorScheme', async ({ path, width, colorScheme }) => {
    const sheet = await wholeSheetOf(path);
    const { context, page, problems } = await openPage(browser(), { width, colorScheme });
    await page.goto(`${baseUrl()}${path}`, { waitUntil: 'load' });
    expect(await changedByWholeSheet(page, sheet)).toEqual([]);
    // Nothing here woke the islands: the page was checked as a reader first sees it.
    expect(await isHydrated(page)).toBe(false);
    // The 404 page answers 404, which the browser reports; nothing else may show.
    const expected = path === NOT_FOUND_ROUTE ? [expect.stringContaining('status of 404')] : [];
    expect(problems).toEqual(expected);
    await context.close();
  });

  it('with a theme picked on an earlier visit (set before the first paint)', async () => {
    const sheet = await wholeSheetOf('/');
    const { context, page } = await openPage(browser(), { colorScheme: 'light' });
    await context.addInitScript(() => localStorage.setItem('tradetalks-theme', 'dark'));
    await page.goto(`${baseUrl()}/`, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await changedByWholeSheet(page, sheet)).toEqual([]);
    await context.close();
  });
});
