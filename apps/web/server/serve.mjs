// Serves the static export in out/ with the headers of out/_headers, compressed, from memory.
// Usage: node server/serve.mjs
//   PORT       default 3000
//   HOST       default: every interface
//   ENCODINGS  compressions to offer, default "br,gzip" (the benchmark sets "gzip")
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { headersFor, parseHeadersFile } from './headers-file.mjs';
import { loadStaticFiles, pickEncoding, resolveFile } from './static-files.mjs';

/**
 * Build the request handler for a folder holding a static export.
 * @param {string} root
 * @param {readonly string[]} [encodings] compressions to offer, best first
 */
export const createHandler = async (root, encodings = ['br', 'gzip']) => {
  const files = await loadStaticFiles(root);
  const rules = parseHeadersFile(await readFile(`${root}/_headers`, 'utf8').catch(() => ''));
  const notFound = files.get('/404.html');

  /** @type {import('node:http').RequestListener} */
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
    const found = resolveFile(files, path);
    const file = found?.file ?? notFound;
    if (file === undefined) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
      return;
    }
    const status = found ? 200 : 404;
    // Rules match the requested path; an unknown path gets the 404 page's rules.
    const headers = headersFor(rules, found ? path : '/404');
    for (const [name, values] of headers) res.setHeader(name, values);
    res.setHeader('Content-Type', file.type);
    res.setHeader('Vary', 'Accept-Encoding');
    if (status === 200) {
      res.setHeader('ETag', file.etag);
      if (req.headers['if-none-match'] === file.etag) {
        res.writeHead(304);
        res.end();
        return;
      }
    } else {
      res.setHeader('Cache-Control', 'no-store');
    }
    const encoding = pickEncoding(file, req.headers['accept-encoding'], encodings);
    const body = encoding === 'br' ? file.br : encoding === 'gzip' ? file.gzip : file.body;
    if (encoding) res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', String(body?.length ?? 0));
    res.writeHead(status);
    res.end(req.method === 'HEAD' ? undefined : body);
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
