import { execFile } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const DIST = '.next-site-url';
const SITE_URL = 'https://tradetalks.example';

/** What a deployed site serves: pages, the sitemap, robots.txt and the chart pictures. */
const SERVED = /\.(html|xml|txt|svg|csv|json)$/;
const BUILD_ONLY = /^(cache|server|types|static|diagnostics|build|trace)\b/;

describe('a build for a real address', () => {
  it('with SITE_URL set, never names localhost, and every absolute URL is on SITE_URL', {
    timeout: 300_000,
  }, async () => {
    await rm(join(root, DIST), { recursive: true, force: true });
    await run(process.execPath, [join(root, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: root,
      env: { ...process.env, SITE_URL, WEB_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const dir = join(root, DIST);
    const files = (await readdir(dir, { recursive: true })).filter(
      (f) => SERVED.test(f) && !BUILD_ONLY.test(f) && !f.endsWith('.json'),
    );
    expect(files.length).toBeGreaterThan(50);
    const offenders: string[] = [];
    for (const file of files) {
      const text = await readFile(join(dir, file), 'utf8');
      if (/localhost|127\.0\.0\.1/.test(text)) offenders.push(file);
    }
    expect(offenders).toEqual([]);

    const home = await readFile(join(dir, 'index.html'), 'utf8');
    expect(home).toContain(`<link rel="canonical" href="${SITE_URL}"/>`);
    expect(home).toContain(`<meta property="og:image" content="${SITE_URL}/og/home.png"/>`);
    expect(await readFile(join(dir, 'robots.txt'), 'utf8')).toContain(`${SITE_URL}/sitemap.xml`);
    expect(await readFile(join(dir, 'sitemap.xml'), 'utf8')).toContain(
      `<loc>${SITE_URL}/trade</loc>`,
    );
    const picture = await readFile(join(dir, 'data/charts/trade-flows.svg'), 'utf8');
    expect(picture).toContain(`${SITE_URL}/trade#trade-flows`);
    await rm(dir, { recursive: true, force: true });
  });
});
