/** One segment of a stacked bar: a layer's rate (percent) and how it is drawn. */
export interface StackSegment {
  readonly key: string;
  readonly valuePct: number;
  readonly kind: 'all-goods' | 'listed-goods';
}

const GRID_STEP_PCT = 50;

/**
 * A horizontal stacked bar in rate units, stretched to the width of its box: it is drawn in
 * a viewBox of `maxPct` × 10 with `preserveAspectRatio="none"`, so one drawing fits every
 * width, and its labels are HTML around it. Adjacent segments alternate in shade and are
 * split by a line, so layers read apart without relying on colour.
 */
export function StackBar({
  segments,
  maxPct,
  tone,
  label,
}: {
  segments: readonly StackSegment[];
  maxPct: number;
  tone: 'us' | 'cn';
  label: string;
}) {
  const starts = segments.map((_, i) =>
    segments.slice(0, i).reduce((sum, s) => sum + s.valuePct, 0),
  );
  const gridlines: number[] = [];
  for (let g = GRID_STEP_PCT; g < maxPct; g += GRID_STEP_PCT) gridlines.push(g);
  return (
    <svg
      className="stack-bar"
      viewBox={`0 0 ${maxPct} 10`}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
    >
      <rect className="stack-bar__track" x={0} y={0} width={maxPct} height={10} />
      {gridlines.map((g) => (
        <line
          key={g}
          className="stack-bar__grid"
          x1={g}
          x2={g}
          y1={0}
          y2={10}
          vectorEffect="non-scaling-stroke"
        />
      ))}
      {segments.map((s, i) => (
        <rect
          key={s.key}
          className={`stack-bar__seg tone-${tone} stack-bar__seg--${
            s.kind === 'listed-goods' ? 'listed' : i % 2 === 0 ? 'a' : 'b'
          }`}
          x={starts[i]}
          y={0}
          width={s.valuePct}
          height={10}
        />
      ))}
      {segments.slice(1).map((s, i) => (
        <line
          key={s.key}
          className="stack-bar__sep"
          x1={starts[i + 1]}
          x2={starts[i + 1]}
          y1={0}
          y2={10}
          vectorEffect="non-scaling-stroke"
        />
      ))}
    </svg>
  );
}
