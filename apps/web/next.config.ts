import type { NextConfig } from 'next';

// Static export: every route is rendered to a file at build time and served by
// server/serve.mjs (or any static host, with out/_headers).
const nextConfig: NextConfig = {
  output: 'export',
  // A second build (the SITE_URL check in e2e) writes elsewhere, leaving out/ as it is.
  ...(process.env.WEB_DIST_DIR ? { distDir: process.env.WEB_DIST_DIR } : {}),
  reactStrictMode: true,
  poweredByHeader: false,
  // resvg is a native module: loaded by Node at build time, not bundled.
  serverExternalPackages: ['@resvg/resvg-js'],
  // Types are checked by the `typecheck` task (turbo runs it beside `build`), over more files
  // than Next.js looks at; checking them again here only slows the build.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
