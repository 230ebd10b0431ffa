import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompress, shouldCompress } from './precompress.mjs';

describe('precompress', () => {
  it('picks text files big enough to be worth it, never images or the headers file', () => {
    expect(shouldCompress('out/index.html', 4000)).toBe(true);
    expect(shouldCompress('out/tiny.html', 100)).toBe(false);
    expect(shouldCompress('out/chart.png', 40_000)).toBe(false);
    expect(shouldCompress('out/_headers', 40_000)).toBe(false);
  });

  it('writes .br and .gz copies that decompress to the file, in every folder', async () => {
    const root = await mkdtemp(join(tmpdir(), 'tradetalks-precompress-'));
    try {
      const text = 'tariffs '.repeat(200);
      await mkdir(join(root, 'a', 'b'), { recursive: true });
      await writeFile(join(root, 'a', 'b', 'page.html'), text);
      await writeFile(join(root, 'small.css'), 'a{}');
      expect(await precompress(root)).toBe(1);
      const dir = join(root, 'a', 'b');
      expect((await readdir(dir)).sort()).toEqual(['page.html', 'page.html.br', 'page.html.gz']);
      expect(brotliDecompressSync(await readFile(join(dir, 'page.html.br'))).toString()).toBe(text);
      expect(gunzipSync(await readFile(join(dir, 'page.html.gz'))).toString()).toBe(text);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
