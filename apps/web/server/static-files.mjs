import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * @typedef {{ body: Buffer, gzip?: Buffer, br?: Buffer, type: string, etag: string }} StaticFile
 */

export const CONTENT_TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
});

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.csv', '.txt', '.xml', '.svg']);
const MIN_COMPRESS_BYTES = 512;

/** @param {string} dir @returns {Promise<string[]>} */
const walk = async (dir) => {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])),
  );
  return nested.flat();
};

/**
 * Every file under `root`, read into memory once and compressed once (gzip and brotli), keyed
 * by its URL path. The site is small, so requests never touch the disk, and a request path
 * can only ever name a file that is in this map.
 * @param {string} root
 * @returns {Promise<Map<string, StaticFile>>}
 */
export const loadStaticFiles = async (root) => {
  /** @type {Map<string, StaticFile>} */
  const files = new Map();
  for (const file of await walk(root)) {
    const rel = relative(root, file).split(sep).join('/');
    if (rel === '_headers') continue;
    const ext = extname(file);
    const body = await readFile(file);
    /** @type {StaticFile} */
    const entry = {
      body,
      type: CONTENT_TYPES[ext] ?? 'application/octet-stream',
      etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
    };
    if (COMPRESSIBLE.has(ext) && body.length >= MIN_COMPRESS_BYTES) {
      entry.gzip = gzipSync(body, { level: 9 });
      entry.br = brotliCompressSync(body, {
        // Quality 5 compresses the whole site in well under a second at start-up and still
        // beats gzip -9; 11 takes tens of seconds for a few percent more.
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      });
    }
    files.set(`/${rel}`, entry);
  }
  return files;
};

/**
 * The file a URL path names, the way static hosts resolve pretty URLs: the exact file, then
 * `<path>.html`, then `<path>/index.html`.
 * @param {Map<string, StaticFile>} files
 * @param {string} path
 * @returns {{ file: StaticFile, filePath: string } | undefined}
 */
export const resolveFile = (files, path) => {
  const base = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  for (const candidate of [base, `${base}.html`, `${base === '/' ? '' : base}/index.html`]) {
    const file = files.get(candidate);
    if (file !== undefined) return { file, filePath: candidate };
  }
  return undefined;
};

/**
 * The best encoding the client accepts among those the file has.
 * @param {StaticFile} file
 * @param {string | undefined} acceptEncoding
 * @param {readonly string[]} offered the encodings the server is willing to send
 * @returns {'br' | 'gzip' | undefined}
 */
export const pickEncoding = (file, acceptEncoding = '', offered = ['br', 'gzip']) => {
  /** @type {Map<string, number>} */
  const q = new Map();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const weight = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    if (name !== '') q.set(name, weight === undefined ? 1 : Number(weight));
  }
  const accepts = (/** @type {string} */ name) =>
    offered.includes(name) && (q.get(name) ?? q.get('*') ?? 0) > 0;
  if (file.br && accepts('br')) return 'br';
  if (file.gzip && accepts('gzip')) return 'gzip';
  return undefined;
};
