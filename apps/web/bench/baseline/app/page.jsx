// biome-ignore lint/style/noDefaultExport: Next.js requires a page's default export
export default function Page() {
  return (
    <main>
      <h1>Empty page</h1>
    </main>
  );
}
