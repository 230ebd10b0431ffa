import { describe, expect, it } from 'vitest';
import { baseUrl } from './browser';
import { EMBED_ROUTES, NOT_FOUND_ROUTE, ROUTES } from './routes';

const head = (path: string, init?: RequestInit) => fetch(`${baseUrl()}${path}`, init);

describe('response headers', () => {
  it.each(ROUTES)('%s is sent with the security headers', async (route) => {
    const response = await head(route);
    const csp = response.headers.get('content-security-policy') ?? '';
    const embed = (EMBED_ROUTES as readonly string[]).includes(route);
    if (embed) {
      // Other sites may frame the embed views, and nothing else.
      expect(csp).toContain('frame-ancestors *');
      expect(csp).not.toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options')).toBeNull();
    } else {
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
    expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+/);
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('compresses when asked, and answers HEAD and conditional requests', async () => {
    const gzip = await head('/tariffs', { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    const etag = gzip.headers.get('etag') ?? '';
    expect((await head('/tariffs', { method: 'HEAD' })).status).toBe(200);
    expect((await head('/tariffs', { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await head('/tariffs', { method: 'POST' })).status).toBe(405);
  });

  it('serves the 404 page with status 404 and its own policy', async () => {
    const response = await head(NOT_FOUND_ROUTE);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toMatch(/sha256-/);
    expect(await response.text()).toContain('There is no page here');
  });

  it('caches hashed assets for a year and pages not at all', async () => {
    const html = await (await head('/')).text();
    const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1] ?? '';
    expect((await head(asset)).headers.get('cache-control')).toContain('immutable');
    expect((await head('/')).headers.get('cache-control')).toContain('max-age=0');
  });
});
