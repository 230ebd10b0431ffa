// Full-page screenshots of every page at phone and desktop width, light and dark, for a
// person to look at: node scripts/screenshots.mjs [base URL] [route ...]
// Writes PNGs to screenshots/ (gitignored). Needs a running server (pnpm start).
// SEGMENT=1000 also cuts each page into 1000 px tall parts, small enough to read at full size.
// WIDTHS=390 and SCHEMES=dark narrow the run.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium.mjs';

const base = process.argv[2] ?? 'http://localhost:3000';
const routes =
  process.argv.slice(3).length > 0
    ? process.argv.slice(3)
    : [
        '/',
        '/timeline',
        '/tariffs',
        '/trade',
        '/economy',
        '/claims',
        '/claims/us-gdp-q1-2025',
        '/data',
        '/sources',
        '/glossary',
        '/embed/tariff-history',
        '/tariffs/on/2025-04-10',
        '/no-such-page',
      ];
const out = new URL('../screenshots/', import.meta.url);
await mkdir(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const segment = Number(process.env.SEGMENT ?? 0);
  const widths = (process.env.WIDTHS ?? '390,1280').split(',').map(Number);
  const schemes = /** @type {('light' | 'dark')[]} */ (
    (process.env.SCHEMES ?? 'light,dark').split(',')
  );
  for (const width of widths) {
    for (const scheme of schemes) {
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        colorScheme: scheme,
      });
      const page = await context.newPage();
      for (const route of routes) {
        await page.goto(`${base}${route}`, { waitUntil: 'networkidle' });
        const name = `${route === '/' ? 'home' : route.slice(1).replaceAll('/', '_').replace(/[?=&]/g, '-')}-${width}-${scheme}.png`;
        await page.screenshot({ path: fileURLToPath(new URL(name, out)), fullPage: true });
        console.log(name);
        if (segment > 0) {
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          for (let y = 0, i = 1; y < height; y += segment, i += 1) {
            const clip = { x: 0, y, width, height: Math.min(segment, height - y) };
            const part = name.replace(/\.png$/, `-part${i}.png`);
            await page.screenshot({
              path: fileURLToPath(new URL(part, out)),
              fullPage: true,
              clip,
            });
          }
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
}
