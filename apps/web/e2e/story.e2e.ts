import { chaptersAfterArticle, dataAge, dataset, formatDate, sourceRef } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { BUILD_DAY } from '@/lib/site';
import { siteOverview } from '@/models/story/site-story';
import { fetchOk, openPage, suiteBrowser, visibleText, visit } from './browser';
import { NOW_ROUTES, ROUTES } from './routes';

const browser = suiteBrowser();

const get = fetchOk;

describe('after the article', () => {
  it('/after tells every chapter core gives, each event and figure with its sources', async () => {
    const { context, page } = await openPage(browser(), { javaScript: false });
    await visit(page, '/after');
    const chapters = chaptersAfterArticle(dataset);
    expect(chapters.length).toBeGreaterThan(3);
    const ids = await page.locator('main section.chapter').evaluateAll((s) => s.map((x) => x.id));
    expect(ids).toEqual(chapters.map((c) => c.id));
    for (const c of chapters) {
      const section = page.locator(`section#${c.id}`);
      expect(await section.locator('.after-event').count()).toBe(c.events.length);
      expect(await section.locator('.after-figure').count()).toBe(c.figures.length);
      for (const f of await section.locator('.after-figure').all()) {
        expect(await f.locator('.source-line a[data-source]').count()).toBeGreaterThan(0);
      }
      const reported = c.events.filter((e) => e.reported).length;
      expect(await section.locator('.after-event--reported').count()).toBe(reported);
    }
    const text = await visibleText(page, 'main');
    expect(text).toContain('Supreme Court');
    await context.close();
  });

  it('the home page has the chapters in brief, linking to each', async () => {
    const { context, page } = await openPage(browser(), { javaScript: false });
    await visit(page, '/');
    for (const c of chaptersAfterArticle(dataset)) {
      expect(await page.locator(`.after-summary a[href="/after#${c.id}"]`).count()).toBe(1);
    }
    await context.close();
  });
});

describe('the data’s age', () => {
  it.each(NOW_ROUTES)(
    '%s says as of when, how long ago at build, the last verified day and what was due',
    async (route) => {
      const { context, page } = await openPage(browser(), { javaScript: false });
      await visit(page, route);
      const box = page.locator('.data-age');
      const text = (await box.textContent()) ?? '';
      expect(text).toContain(dataAge(dataset, BUILD_DAY).text);
      expect(text).toContain(formatDate(BUILD_DAY));
      expect(text).toContain(siteOverview().verifiedThrough.text);
      expect(text).toContain(`not verified (${siteOverview().scheduled.length})`);
      await context.close();
    },
  );

  it('every page’s footer says how old the data is', async () => {
    for (const route of ROUTES.filter((r) => !r.startsWith('/embed'))) {
      const html = await (await get(route)).text();
      expect(html, route).toContain(dataAge(dataset, BUILD_DAY).shortText.replace(/^data/, 'Data'));
    }
  });

  it('no page calls the last verified stacks “now”, and none says 20% is the rate today', async () => {
    const { context, page } = await openPage(browser());
    for (const route of ROUTES) {
      await visit(page, route);
      const text = await visibleText(page, 'body');
      expect(text, route).not.toMatch(/\bnow\b[^.]{0,40}\b20%|\b20%[^.]{0,20}\bnow\b/i);
      expect(text, route).not.toMatch(/\b(stands?|stood) now\b|\bas of today\b/i);
    }
    await context.close();
  });
});

describe('sources say what they are', () => {
  it('every source link names the body and the site read, and goes to the page read', async () => {
    const { context, page } = await openPage(browser(), { javaScript: false });
    for (const route of ['/', '/after', '/claims', '/tariffs', '/trade']) {
      await visit(page, route);
      const links = await page.locator('a[data-source]').evaluateAll((as) =>
        as.map((a) => ({
          id: a.getAttribute('data-source') ?? '',
          href: a.getAttribute('href') ?? '',
          // The visible name, without the hidden page title.
          name: [...a.childNodes]
            .filter((n) => n.nodeType === Node.TEXT_NODE)
            .map((n) => n.textContent)
            .join(''),
        })),
      );
      expect(links.length, route).toBeGreaterThan(0);
      for (const link of links) {
        const ref = sourceRef(dataset, link.id);
        expect(link.href, `${route} ${link.id}`).toBe(ref.href ?? `/sources#${ref.id}`);
        expect([ref.label, link.name.match(/^\[\d+\]$/) ? link.name : ref.label]).toContain(
          link.name,
        );
      }
    }
    await context.close();
  });

  it('/sources lists sources by kind, with what each kind means and each original labelled', async () => {
    const { context, page } = await openPage(browser(), { javaScript: false });
    await visit(page, '/sources');
    const secondary = dataset.sources.find((s) => s.via && s.original && !s.original.read);
    if (!secondary) throw new Error('expected a secondary source with an unread original');
    const entry = page.locator(`li#${secondary.id}`);
    expect(await entry.locator('.source__publisher').textContent()).toBe(
      `${secondary.publisher}, via ${secondary.via}`,
    );
    expect(await entry.locator('.source__original').textContent()).toMatch(
      /^Original: .+ \(not read\)$/,
    );
    expect(await page.locator('#kind-secondary').textContent()).toContain(
      'A page quoting or summarising the original',
    );
    await context.close();
  });
});

describe('the feed and the changelog', () => {
  it('/feed.xml is Atom, parses, and lists the latest release first', async () => {
    const response = await get('/feed.xml');
    expect(response.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const xml = await response.text();
    const { context, page } = await openPage(browser());
    await visit(page, '/changes');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.namespaceURI,
        first: doc.querySelector('entry > title')?.textContent,
        entries: doc.querySelectorAll('entry').length,
      };
    }, xml);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('http://www.w3.org/2005/Atom');
    const latest = dataset.releases.at(-1);
    expect(parsed.first).toBe(`Data release ${latest?.version}`);
    expect(parsed.entries).toBeGreaterThan(dataset.releases.length);
    // The changelog shows the same release first, and points at the feed.
    expect(await page.locator('.release h2').first().textContent()).toContain(
      `Version ${latest?.version}`,
    );
    expect(await page.locator('main a[href="/feed.xml"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it.each(ROUTES)('%s advertises the feed in its head', async (route) => {
    const html = await (await get(route)).text();
    expect(html).toMatch(
      /<link rel="alternate" type="application\/atom\+xml" href="[^"]+\/feed\.xml" title="[^"]+"\/>/,
    );
  });
});
