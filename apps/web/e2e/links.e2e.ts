import { describe, expect, it } from 'vitest';
import { baseUrl } from './browser';
import { ROUTES } from './routes';

const decode = (s: string) => s.replaceAll('&amp;', '&');

/** Every internal link on every page reachable from the routes, followed once. */
describe('internal links', () => {
  it('every internal link answers 200, and every #fragment names an element on its page', async () => {
    const pages = new Map<string, string>();
    const queue: string[] = [...ROUTES];
    const checked = new Map<string, number>();
    const fragments: { from: string; path: string; id: string }[] = [];
    while (queue.length > 0) {
      const path = queue.shift() as string;
      if (checked.has(path)) continue;
      const response = await fetch(`${baseUrl()}${path}`);
      checked.set(path, response.status);
      const type = response.headers.get('content-type') ?? '';
      if (!type.startsWith('text/html')) continue;
      const html = await response.text();
      pages.set(path, html);
      for (const [, raw = ''] of html.matchAll(/<a [^>]*href="(\/[^"]*)"/g)) {
        const url = new URL(decode(raw), 'http://site');
        if (url.hash)
          fragments.push({
            from: path,
            path: url.pathname,
            id: decodeURIComponent(url.hash.slice(1)),
          });
        if (!checked.has(url.pathname)) queue.push(url.pathname);
      }
    }
    const broken = [...checked].filter(([, status]) => status !== 200);
    expect(broken).toEqual([]);
    expect(pages.size).toBeGreaterThan(40);
    const missing = fragments.filter(({ path, id }) => !pages.get(path)?.includes(`id="${id}"`));
    expect(missing.map((m) => `${m.from} → ${m.path}#${m.id}`)).toEqual([]);
  });
});
