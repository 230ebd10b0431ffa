// Serves the static export in out/ with the headers of out/_headers. Files are sent by sirv,
// which picks the .br or .gz copy the build wrote beside each file when the client accepts it.
// Usage: node server/serve.mjs
//   PORT       default 3000
//   HOST       default: every interface
//   ENCODINGS  precompressed copies to offer, default "br,gzip" (the benchmark sets "gzip")
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './headers-file.mjs';

/** Types sirv's table leaves without a charset, or that we name more precisely. */
const CONTENT_TYPES = /** @type {Record<string, string>} */ ({
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
});

/** The URL path whose `_headers` rules apply to a request path: `/x/` and `/x` are one page. */
const rulePath = (/** @type {string} */ path) =>
  path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;

/**
 * Build the request handler for a folder holding a static export.
 * @param {string} root
 * @param {readonly string[]} [encodings] precompressed copies to offer
 * @returns {Promise<import('node:http').RequestListener>}
 */
export const createHandler = async (root, encodings = ['br', 'gzip']) => {
  const rules = parseHeadersFile(await readFile(`${root}/_headers`, 'utf8').catch(() => ''));
  const notFoundPage = await readFile(`${root}/404.html`).catch(() => undefined);
  const apply = (
    /** @type {import('node:http').ServerResponse} */ res,
    /** @type {string} */ path,
  ) => {
    for (const [name, values] of headersFor(rules, rulePath(path))) res.setHeader(name, values);
  };

  /** @type {import('node:http').RequestListener} */
  const notFound = (req, res) => {
    apply(res, '/404');
    res.setHeader('Cache-Control', 'no-store');
    if (notFoundPage === undefined) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
      return;
    }
    res.writeHead(404, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': String(notFoundPage.length),
    });
    res.end(req.method === 'HEAD' ? undefined : notFoundPage);
  };

  const files = sirv(root, {
    dev: false,
    etag: true,
    brotli: encodings.includes('br'),
    gzip: encodings.includes('gzip'),
    extensions: ['html'],
    setHeaders: (res, path) => {
      const type = CONTENT_TYPES[/\.[a-z0-9]+$/.exec(path)?.[0] ?? ''];
      if (type) res.setHeader('Content-Type', type);
      // Then the _headers rules, which may name a type more precisely (the Atom feed).
      apply(res, path);
    },
    onNoMatch: notFound,
  });

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed\n');
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Bad request\n');
      return;
    }
    // The headers file and the compressed copies are the server's, not pages of the site.
    if (path === '/_headers' || /\.(br|gz)$/.test(path)) {
      notFound(req, res);
      return;
    }
    files(req, res);
  };
};

const isMain = process.argv[1] === fileURLToPath(import.meta.url);
if (isMain) {
  const root = fileURLToPath(new URL('../out', import.meta.url));
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST;
  const encodings = (process.env.ENCODINGS ?? 'br,gzip').split(',').map((e) => e.trim());
  const handler = await createHandler(root, encodings).catch((error) => {
    console.error(
      `Cannot read ${root}: build the site first (pnpm --filter @tradetalks/web build).`,
    );
    console.error(String(error));
    process.exit(1);
  });
  const server = createServer(handler);
  server.keepAliveTimeout = 65_000;
  server.listen({ port, ...(host ? { host } : {}) }, () => {
    console.log(`tradetalks: serving out/ on http://${host ?? 'localhost'}:${port}`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
