import { claimsView, dataset } from '@tradetalks/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { verdictSections } from '@/models/claims/verdict-order';
import { openPage, suiteBrowser, visibleText, visit } from './browser';

const browser = suiteBrowser();

const view = claimsView(dataset);
const sections = verdictSections(view);
const count = (verdict: string) => sections.find((s) => s.verdict === verdict)?.claims.length;
const listed = (page: Page) => page.locator('main article.claim:visible').count();
const first = sections[0];

describe('the fact check, findings first', () => {
  it('lists the claims in core’s order, findings first, each with its permalink and ClaimReview', async () => {
    const { context, page } = await openPage(browser(), { javaScript: false });
    await visit(page, '/claims');
    const order = await page
      .locator('main article.claim')
      .evaluateAll((cards) => cards.map((c) => c.id));
    expect(order).toEqual(view.claims.map((c) => c.id));
    expect(view.claims[0]?.verdict).toBe('disputed');
    for (const c of view.claims) {
      expect(await page.locator(`article#${c.id} a[href="/claims/${c.id}"]`).count()).toBe(1);
    }
    const ld = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    );
    expect(ld['@graph']).toHaveLength(view.total);
    // The structured data comes after every card, so a page painted as it arrives never waits
    // for its 20 KB.
    expect(
      await page.evaluate(() => {
        const script = document.querySelector('script[type="application/ld+json"]');
        const cards = document.querySelectorAll('main article.claim');
        const last = cards[cards.length - 1];
        return !!(
          script &&
          last &&
          last.compareDocumentPosition(script) & Node.DOCUMENT_POSITION_FOLLOWING
        );
      }),
    ).toBe(true);
    await context.close();
  });

  it('gives each permalink a target of at least 24 px on a phone (WCAG 2.5.8)', async () => {
    const { context, page } = await openPage(browser(), { width: 390 });
    await visit(page, '/claims');
    const heights = await page
      .locator('main article.claim .claim__permalink a')
      .evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height));
    expect(heights).toHaveLength(view.total);
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(24);
    await context.close();
  });

  it('holds the White House’s “up to 245%” and what came after each claim', async () => {
    const { context, page } = await openPage(browser(), { javaScript: false });
    await visit(page, '/claims');
    const wh = view.claims.find((c) => c.speaker !== undefined);
    if (wh === undefined) throw new Error('expected the White House claim');
    const card = page.locator(`article#${wh.id}`);
    expect(await card.textContent()).toContain(wh.madeBy);
    expect(await card.locator('.claim__figure').first().textContent()).toBe(wh.stated);
    for (const c of view.claims.filter((x) => x.after.length > 0)) {
      const text = await visibleText(page, `article#${c.id}`);
      expect(text.toLowerCase(), c.id).toContain('what came after');
      for (const n of c.after) expect(text).toContain(n.text);
    }
    // Said once: recomputed figures keep two decimals on purpose.
    expect(await page.locator('.how').textContent()).toContain('two decimals');
    await context.close();
  });

  it('without JavaScript, a verdict pill is a link to its group', async () => {
    if (first === undefined) return;
    const { context, page } = await openPage(browser(), { javaScript: false });
    await visit(page, '/claims');
    await page.locator(`.verdict-filter a[href*="verdict=${first.verdict}"]`).click();
    await page.waitForURL((url) => url.hash === `#verdict-${first.verdict}`);
    expect(await page.locator(`#verdict-${first.verdict}`).isVisible()).toBe(true);
    // Nothing filters without a script: every claim is still there.
    expect(await listed(page)).toBe(view.total);
    await context.close();
  });

  it('with JavaScript, a pill filters in place and keeps the filter in the URL', async () => {
    const { context, page, problems } = await openPage(browser());
    await visit(page, '/claims');
    const verdict = sections[1]?.verdict ?? sections[0]?.verdict;
    if (verdict === undefined) throw new Error('no verdicts');
    await page.locator(`.verdict-filter a[href*="verdict=${verdict}"]`).click();
    await page.waitForURL((url) => url.searchParams.get('verdict') === verdict);
    await expect.poll(() => listed(page)).toBe(count(verdict));
    await page.locator('.verdict-filter__all').click();
    await expect.poll(() => listed(page)).toBe(view.total);
    await page.goBack();
    await expect.poll(() => listed(page)).toBe(count(verdict));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens filtered from a link, and notes a verdict it does not know', async () => {
    const { context, page } = await openPage(browser());
    const verdict = first?.verdict ?? 'consistent';
    await visit(page, `/claims?verdict=${verdict}`);
    await expect.poll(() => listed(page)).toBe(count(verdict));
    await visit(page, '/claims?verdict=true');
    await expect.poll(() => page.locator('main .notice').textContent()).toContain('“true”');
    expect(await listed(page)).toBe(view.total);
    await context.close();
  });

  it('the home page’s verdict pills link to the filtered fact check', async () => {
    const { context, page } = await openPage(browser());
    await visit(page, '/');
    const verdict = first?.verdict ?? 'consistent';
    const pill = page.locator(`.fact-summary a[href^="/claims?verdict=${verdict}"]`);
    expect(await pill.textContent()).toContain(first?.label.toLowerCase());
    await pill.click();
    await page.waitForURL((url) => url.pathname === '/claims');
    await expect.poll(() => listed(page)).toBe(count(verdict));
    await context.close();
  });
});
