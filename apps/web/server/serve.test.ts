import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandler } from './serve.mjs';

let root: string;
let server: Server;
let base: string;

const page = '<!doctype html><title>t</title>'.padEnd(600, ' ');

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tradetalks-serve-'));
  await writeFile(join(root, 'index.html'), page);
  await writeFile(join(root, 'tariffs.html'), page);
  await writeFile(join(root, 'tariffs.html.gz'), gzipSync(page));
  await writeFile(join(root, '404.html'), '<!doctype html><p>There is no page here</p>');
  await writeFile(join(root, 'data.csv'), 'a,b\r\n1,2\r\n');
  await writeFile(
    join(root, '_headers'),
    "/*\n  X-Frame-Options: DENY\n\n/tariffs\n  Content-Security-Policy: default-src 'self'\n",
  );
  server = createServer(await createHandler(root, ['gzip']));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(root, { recursive: true, force: true });
});

describe('the static server', () => {
  it('serves pretty URLs with the headers of _headers', async () => {
    const response = await fetch(`${base}/tariffs`, { headers: { 'accept-encoding': 'identity' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toBe(page);
  });

  it('sends the precompressed copy to a client that accepts it', async () => {
    const response = await fetch(`${base}/tariffs/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(await response.text()).toBe(page);
  });

  it('answers a conditional request with 304', async () => {
    const first = await fetch(`${base}/`);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    expect((await fetch(`${base}/`, { headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  it('labels CSV as UTF-8 text', async () => {
    const response = await fetch(`${base}/data.csv`);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  it('answers unknown paths, the headers file and compressed copies with the 404 page', async () => {
    for (const path of ['/nope', '/_headers', '/tariffs.html.gz', '/../../etc/passwd']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(await response.text(), path).toContain('There is no page here');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${base}/`, { method: 'HEAD' })).status).toBe(200);
  });
});
