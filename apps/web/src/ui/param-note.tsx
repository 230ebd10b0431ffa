/** A friendly note for query parameters the page could not use, and what it shows instead. */
export function ParamNote({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>
        <strong>Part of this address could not be used.</strong> {problems.join(' ')}
      </p>
    </div>
  );
}
