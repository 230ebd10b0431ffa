// The smallest App Router page: what Next.js and React alone cost a reader. Built and served
// by bench/run.mjs beside the site, so the comparison uses the same Next.js, in the same run.
// biome-ignore lint/style/noDefaultExport: Next.js requires a page's default export
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
