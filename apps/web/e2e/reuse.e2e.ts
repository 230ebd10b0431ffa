import { createServer, type Server } from 'node:http';
import { dataset, formatDate } from '@tradetalks/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHARTS } from '@/charts/registry';
import { bibtex, citationText } from '@/lib/cite';
import { absoluteUrl } from '@/lib/site';
import { baseUrl, fetchOk, openPage, suiteBrowser, visit } from './browser';
import { ROUTES } from './routes';

const browser = suiteBrowser();

const get = fetchOk;

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Uint8Array) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('chart downloads', () => {
  it.each(CHARTS.map((c) => [c.id, c.page] as const))(
    '%s: the SVG and PNG open, and hold what the page draws',
    async (id, page) => {
      // Each file's pictures are drawn from the same spec as the page, so they agree by
      // construction; this checks the files a reader downloads are that drawing.
      const svgResponse = await get(`/data/charts/${id}.svg`);
      expect(svgResponse.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
      const svg = await svgResponse.text();
      expect(svg).toContain(`Data as of ${formatDate(dataset.asOf)}`);
      expect(svg).toMatch(/Sources?:/);

      // The same drawing as on the page: every line and bar of the image the page shows is in
      // the file a reader downloads.
      const shown = await (await get(`/charts/${id}.wide.svg`)).text();
      const drawn = [
        ...[...shown.matchAll(/<path[^>]* d="([^"]+)"/g)].map((m) => `d="${m[1]}"`),
        ...[...shown.matchAll(/<rect class="bar[^>]*>/g)].map((m) => m[0]),
      ];
      expect(drawn.length).toBeGreaterThan(0);
      for (const mark of drawn) expect(svg, `${id}: ${mark}`).toContain(mark);
      const { context, page: tab } = await openPage(browser());
      await visit(tab, page);
      const wide = `/charts/${id}.wide.svg`;
      expect(
        await tab.locator(`#${id} img[src="${wide}"], #${id} source[srcset="${wide}"]`).count(),
      ).toBe(1);

      const pngResponse = await get(`/data/charts/${id}.png`);
      expect(pngResponse.headers.get('content-type')).toBe('image/png');
      const png = new Uint8Array(await pngResponse.arrayBuffer());
      expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
      const size = pngSize(png);
      const svgWidth = Number(/width="(\d+)"/.exec(svg)?.[1]);
      const svgHeight = Number(/height="(\d+)"/.exec(svg)?.[1]);
      expect(size.width).toBe(svgWidth * 2);
      expect(Math.abs(size.height - svgHeight * 2)).toBeLessThanOrEqual(2);

      // A browser opens both.
      for (const ext of ['svg', 'png']) {
        await tab.goto(`${baseUrl()}/data/charts/${id}.${ext}`);
        const width = await tab.evaluate(
          () =>
            (
              document.querySelector('img, svg') as SVGSVGElement | HTMLImageElement | null
            )?.getBoundingClientRect().width ?? 0,
        );
        expect(width, `${id}.${ext}`).toBeGreaterThan(100);
      }
      await context.close();
    },
  );
});

describe('citations', () => {
  it('each chart’s “Cite this” gives the citation text and BibTeX with its address', async () => {
    const { context, page } = await openPage(browser(), { javaScript: false });
    await visit(page, '/trade');
    const figure = page.locator('#trade-flows');
    await figure.locator('.cite summary').click();
    const target = {
      title: (await figure.locator('.chart__title').textContent()) ?? '',
      url: absoluteUrl('/trade#trade-flows'),
      datasetVersion: dataset.version,
      asOf: dataset.asOf,
      asOfText: formatDate(dataset.asOf),
    };
    expect(await figure.locator('.cite__text').textContent()).toBe(citationText(target));
    expect(await figure.locator('.cite__bibtex').textContent()).toBe(bibtex(target));
    await context.close();
  });

  it('every page has a “Cite this” for itself', async () => {
    const { context, page } = await openPage(browser());
    for (const route of ['/', '/claims', '/glossary', '/data']) {
      await visit(page, route);
      const text = await page.locator('.page-cite .cite__text').textContent();
      expect(text, route).toContain(absoluteUrl(route));
      expect(text, route).toContain(`Dataset version ${dataset.version}`);
    }
    await context.close();
  });
});

describe('the embed view', () => {
  let other: Server;
  let otherUrl: string;
  beforeAll(async () => {
    // A page on another origin (another port) that frames one embed view and one ordinary page.
    other = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><title>Another site</title>
<iframe id="embed" src="${baseUrl()}/embed/trade-flows" width="800" height="700"></iframe>
<iframe id="page" src="${baseUrl()}/trade" width="800" height="700"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const address = other.address();
    otherUrl = `http://localhost:${typeof address === 'object' && address ? address.port : 0}/`;
  });
  afterAll(async () => {
    await new Promise((resolve) => other.close(resolve));
  });

  it('can be framed by another origin, while an ordinary page refuses', async () => {
    const { context, page } = await openPage(browser());
    await page.goto(otherUrl, { waitUntil: 'networkidle' });
    const embed = page.frame({ url: /\/embed\/trade-flows$/ });
    expect(embed).not.toBeNull();
    expect(await embed?.locator('figure.chart img.chart__img').count()).toBeGreaterThan(0);
    expect(await embed?.locator('h1').textContent()).toContain('U.S. goods trade with China');
    const refused = page.frames().find((f) => f.url().endsWith('/trade'));
    // Chromium replaces a refused frame with an error page: the site's content never loads.
    const content = refused ? await refused.locator('main h1').count() : 0;
    expect(content).toBe(0);
    await context.close();
  });

  it('each chart offers its embed code, pointing at its embed view', async () => {
    const { context, page } = await openPage(browser());
    await visit(page, '/trade');
    const code = await page.locator('#trade-flows .reuse__embed code').textContent();
    expect(code).toContain(`src="${absoluteUrl('/embed/trade-flows')}"`);
    await context.close();
  });
});

describe('share cards, canonical links, sitemap', () => {
  it.each(ROUTES.filter((r) => !r.startsWith('/embed/')))(
    '%s has a canonical link and an og:image that is a PNG',
    async (route) => {
      const html = await (await get(route)).text();
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      expect(canonical, route).toBeDefined();
      const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(og, route).toMatch(/^https?:\/\/.+\.png$/);
      const image = await get(new URL(og).pathname);
      expect(image.headers.get('content-type')).toBe('image/png');
      const bytes = new Uint8Array(await image.arrayBuffer());
      expect([...bytes.slice(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    },
  );

  it('lists every page in the sitemap, which robots.txt names', async () => {
    const sitemap = await (await get('/sitemap.xml')).text();
    for (const route of ROUTES.filter((r) => !r.startsWith('/embed/'))) {
      expect(sitemap, route).toContain(`<loc>${absoluteUrl(route)}</loc>`);
    }
    expect(await (await get('/robots.txt')).text()).toContain(absoluteUrl('/sitemap.xml'));
  });
});
