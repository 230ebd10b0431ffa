import type { NextConfig } from 'next';

// Static export: every route is rendered to a file at build time and served by
// server/serve.mjs (or any static host, with out/_headers).
const nextConfig: NextConfig = {
  output: 'export',
  reactStrictMode: true,
  poweredByHeader: false,
  // Types are checked by the `typecheck` task (turbo runs it beside `build`), over more files
  // than Next.js looks at; checking them again here only slows the build.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
