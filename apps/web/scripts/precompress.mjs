// Writes a brotli (.br) and a gzip (.gz) copy beside every compressible file of a static
// export, once, at build time: the server (and any CDN that serves precompressed files)
// then sends them as they are, and nothing is compressed per request.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const br = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text formats that compress well; images and fonts are compressed already. */
export const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.css',
  '.json',
  '.csv',
  '.txt',
  '.xml',
  '.svg',
]);
/** Below this, the headers cost more than compression saves. */
export const MIN_COMPRESS_BYTES = 512;

/**
 * Whether a file of the export gets compressed copies.
 * @param {string} name
 * @param {number} bytes
 */
export const shouldCompress = (name, bytes) =>
  COMPRESSIBLE.has(extname(name)) && bytes >= MIN_COMPRESS_BYTES && !name.endsWith('_headers');

/**
 * Compress every eligible file under `root` in place; returns how many files were compressed.
 * @param {string} root
 */
export const precompress = async (root) => {
  const names = await readdir(root, { recursive: true, withFileTypes: true });
  const files = names.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  let count = 0;
  for (const file of files) {
    const body = await readFile(file);
    if (!shouldCompress(file, body.length)) continue;
    const [brotli, gzipped] = await Promise.all([
      br(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
      gz(body, { level: 9 }),
    ]);
    await writeFile(`${file}.br`, brotli);
    await writeFile(`${file}.gz`, gzipped);
    count += 1;
  }
  return count;
};
