import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { openPage, suiteBrowser, visit } from './browser';
import { NOT_FOUND_ROUTE, ROUTES } from './routes';

const browser = suiteBrowser();

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

describe.each(['light', 'dark'] as const)('axe-core, %s theme', (colorScheme) => {
  it.each([...ROUTES, NOT_FOUND_ROUTE])(
    '%s has no serious or critical violation',
    async (route) => {
      const { context, page } = await openPage(browser(), { colorScheme });
      await visit(page, route);
      // Open every folded table, so axe checks them too.
      await page.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = true;
      });
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const bad = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id} (${v.impact}): ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(' | ')}`,
        );
      expect(bad).toEqual([]);
      await context.close();
    },
  );
});
