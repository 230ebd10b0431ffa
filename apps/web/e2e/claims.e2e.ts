import { checkClaims, dataset, VERDICTS, verdictCounts } from '@tradetalks/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byVerdict, FINDINGS } from '@/models/claims/verdict-order';
import { launch, openPage, visit } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const results = checkClaims(dataset);
const counts = verdictCounts(results);
const groups = byVerdict(results);
const listed = (page: Page) => page.locator('main article.claim:visible').count();
const firstFinding = groups.find((g) => FINDINGS.has(g.verdict));

describe('the fact check, findings first', () => {
  it('lists the findings before the rest, every claim with its permalink and ClaimReview', async () => {
    const { context, page } = await openPage(browser, { javaScript: false });
    await visit(page, '/claims');
    const order = await page
      .locator('main article.claim')
      .evaluateAll((cards) => cards.map((c) => c.className.replace(/.*claim--/, '')));
    expect(order).toEqual(groups.flatMap((g) => g.results.map((r) => r.verdict)));
    expect(FINDINGS.has(order[0] as never)).toBe(true);
    for (const r of results) {
      expect(
        await page.locator(`article#${r.claim.id} a[href="/claims/${r.claim.id}"]`).count(),
      ).toBe(1);
    }
    const ld = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    );
    expect(ld['@graph']).toHaveLength(results.length);
    await context.close();
  });

  it('without JavaScript, a verdict pill is a link to its group', async () => {
    if (firstFinding === undefined) return;
    const { context, page } = await openPage(browser, { javaScript: false });
    await visit(page, '/claims');
    await page.locator(`.verdict-filter a[href*="verdict=${firstFinding.verdict}"]`).click();
    await page.waitForURL((url) => url.hash === `#verdict-${firstFinding.verdict}`);
    expect(await page.locator(`#verdict-${firstFinding.verdict}`).isVisible()).toBe(true);
    // Nothing filters without a script: every claim is still there.
    expect(await listed(page)).toBe(results.length);
    await context.close();
  });

  it('with JavaScript, a pill filters in place and keeps the filter in the URL', async () => {
    const { context, page, problems } = await openPage(browser);
    await visit(page, '/claims');
    const verdict = groups[1]?.verdict ?? groups[0]?.verdict;
    if (verdict === undefined) throw new Error('no verdicts');
    await page.locator(`.verdict-filter a[href*="verdict=${verdict}"]`).click();
    await page.waitForURL((url) => url.searchParams.get('verdict') === verdict);
    await expect.poll(() => listed(page)).toBe(counts[verdict]);
    await page.locator('.verdict-filter__all').click();
    await expect.poll(() => listed(page)).toBe(results.length);
    await page.goBack();
    await expect.poll(() => listed(page)).toBe(counts[verdict]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens filtered from a link, and notes a verdict it does not know', async () => {
    const { context, page } = await openPage(browser);
    const verdict = groups[0]?.verdict ?? 'consistent';
    await visit(page, `/claims?verdict=${verdict}`);
    await expect.poll(() => listed(page)).toBe(counts[verdict]);
    await visit(page, '/claims?verdict=true');
    await expect.poll(() => page.locator('main .notice').textContent()).toContain('“true”');
    expect(await listed(page)).toBe(results.length);
    await context.close();
  });

  it('the home page’s verdict pills link to the filtered fact check', async () => {
    const { context, page } = await openPage(browser);
    await visit(page, '/');
    const verdict = groups[0]?.verdict ?? 'consistent';
    const pill = page.locator(`.fact-summary a[href^="/claims?verdict=${verdict}"]`);
    expect(await pill.textContent()).toContain(VERDICTS[verdict].label.toLowerCase());
    await pill.click();
    await page.waitForURL((url) => url.pathname === '/claims');
    await expect.poll(() => listed(page)).toBe(counts[verdict]);
    await context.close();
  });
});
