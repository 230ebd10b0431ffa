// After `next build`: puts back the HTML parts the build filed away (src/ui/static-html.tsx),
// inlines each page's critical CSS and defers its scripts (first-paint, critical-css),
// writes out/_headers (security headers, a per-page Content-Security-Policy
// with the hashes of that page's inline scripts, cache rules), refuses to ship a page that
// shows NaN, Infinity or undefined as text, and writes compressed copies of every text file.

import { readFileSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE_POLICY, isEmbedPath, pagePolicy } from '../server/csp.mjs';
import { pruneInlineStyles } from './critical-css.mjs';
import { fillStaticHtml, partsIn } from './fill-static-html.mjs';
import { paintFirst } from './first-paint.mjs';
import { pagePath, visibleProblems } from './page-checks.mjs';
import { precompress } from './precompress.mjs';

const out = fileURLToPath(new URL('../out/', import.meta.url));
const parts = partsIn(fileURLToPath(new URL('../.next/static-html/', import.meta.url)));

const stylesheets = new Map();
const cssOf = (/** @type {string} */ href) => {
  if (!stylesheets.has(href)) stylesheets.set(href, readFileSync(join(out, href), 'utf8'));
  return stylesheets.get(href);
};

const htmlFiles = (await readdir(out, { recursive: true }))
  .filter((f) => f.endsWith('.html'))
  .map((f) => join(out, f))
  .sort();
const problems = [];
const pageRules = [];
for (const file of htmlFiles) {
  const rel = relative(out, file).split(sep).join('/');
  // The HTML the build took out of React's tree goes back into the page, once.
  const filled = await fillStaticHtml(await readFile(file, 'utf8'), parts);
  for (const key of filled.missing) problems.push(`${rel}: no HTML part filed under ${key}`);
  // Paint first: the stylesheet inline, cut to the rules this page's elements match, and the
  // framework's scripts (with the whole stylesheet) on the first interaction.
  const html = await pruneInlineStyles(paintFirst(filled.html, cssOf));
  await writeFile(file, html);
  for (const p of visibleProblems(html)) problems.push(`${rel}: ${p}`);
  const path = pagePath(rel);
  const embed = isEmbedPath(path);
  pageRules.push(
    [
      path,
      `  Content-Security-Policy: ${pagePolicy(html, embed ? { frameAncestors: '*' } : {})}`,
      ...(embed ? [] : ['  X-Frame-Options: DENY']),
      '  Cache-Control: public, max-age=0, must-revalidate',
    ].join('\n'),
  );
}
if (problems.length > 0) {
  console.error(`post-build: ${problems.length} page text problem(s):\n${problems.join('\n')}`);
  process.exit(1);
}

const headers = `# Written by scripts/post-build.mjs: the headers every host should send.
# Netlify and Cloudflare Pages read this file; server/serve.mjs applies it locally.
/*
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Cross-Origin-Opener-Policy: same-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()
  Strict-Transport-Security: max-age=63072000; includeSubDomains
  Content-Security-Policy: ${BASE_POLICY}

/_next/static/*
  Cache-Control: public, max-age=31536000, immutable

/data/*
  Cache-Control: public, max-age=3600
  Access-Control-Allow-Origin: *

/charts/*
  Cache-Control: public, max-age=3600

/feed.xml
  Content-Type: application/atom+xml; charset=utf-8
  Cache-Control: public, max-age=3600

${pageRules.join('\n\n')}
`;
await writeFile(join(out, '_headers'), headers);
console.log(`post-build: out/_headers written for ${htmlFiles.length} pages`);
console.log(`post-build: ${await precompress(out)} files precompressed (.br, .gz)`);
// Unset, SITE_URL falls back to localhost (src/lib/site.ts): fine for a local or test build
// (the e2e build runs without it), wrong for a deploy, so say so once. CI builds stay quiet.
if (!process.env.SITE_URL && !process.env.CI) {
  console.warn(
    'post-build: warning: SITE_URL is not set, so canonical URLs, the sitemap, the feed and share cards name http://localhost:3000; to deploy, build with SITE_URL=https://your.domain pnpm build',
  );
}
// The parts are in the pages now; the next build files its own.
await rm(fileURLToPath(new URL('../.next/static-html/', import.meta.url)), {
  recursive: true,
  force: true,
});
