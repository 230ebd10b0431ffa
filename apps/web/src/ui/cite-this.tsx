/** "Cite this": the citation as text and as BibTeX, in a disclosure that needs no script. */
export function CiteThis({ text, bibtex }: { text: string; bibtex: string }) {
  return (
    <details className="cite">
      <summary>Cite this</summary>
      <p className="cite__text">{text}</p>
      <p className="small cite__label">BibTeX</p>
      <pre className="cite__bibtex">
        <code>{bibtex}</code>
      </pre>
    </details>
  );
}
