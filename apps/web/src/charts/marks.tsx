import type { Dash, Fill, Marker, Tone } from './types';

export const DASH_ARRAYS: Record<Dash, string | undefined> = {
  solid: undefined,
  dashed: '7 4',
  dotted: '1.5 4',
};

/** A point marker; its shape tells series apart where colour cannot. */
export function MarkerShape({
  shape,
  x,
  y,
  tone,
  hollow = false,
  size = 4.5,
}: {
  shape: Marker;
  x: number;
  y: number;
  tone: Tone;
  hollow?: boolean;
  size?: number;
}) {
  const className = `mark tone-${tone}${hollow ? ' mark--hollow' : ''}`;
  const r = size;
  switch (shape) {
    case 'none':
      return null;
    case 'circle':
      return <circle className={className} cx={x} cy={y} r={r} />;
    case 'square':
      return <rect className={className} x={x - r} y={y - r} width={r * 2} height={r * 2} />;
    case 'triangle':
      return (
        <path
          className={className}
          d={`M${x},${y - r * 1.2}L${x + r * 1.1},${y + r * 0.8}L${x - r * 1.1},${y + r * 0.8}Z`}
        />
      );
    case 'diamond':
      return (
        <path
          className={className}
          d={`M${x},${y - r * 1.3}L${x + r * 1.1},${y}L${x},${y + r * 1.3}L${x - r * 1.1},${y}Z`}
        />
      );
  }
}

/** The hatch pattern a `hatch` bar is filled with, one per tone and chart drawing. */
export function HatchPattern({ id, tone }: { id: string; tone: Tone }) {
  return (
    <pattern
      id={id}
      width="6"
      height="6"
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect className="hatch-bg" width="6" height="6" />
      <line className={`hatch-line tone-${tone}`} x1="0" y1="0" x2="0" y2="6" />
    </pattern>
  );
}

export const fillClass = (fill: Fill, tone: Tone): string => `bar bar--${fill} tone-${tone}`;

/** A small swatch for legends: the same line, marker or fill the chart uses. */
export function LegendSwatch({
  tone,
  dash,
  marker,
  fill,
}: {
  tone: Tone;
  dash?: Dash | undefined;
  marker?: Marker | undefined;
  fill?: Fill | undefined;
}) {
  if (fill !== undefined) {
    return (
      <svg className="swatch" width="22" height="14" viewBox="0 0 22 14" aria-hidden="true">
        {fill === 'hatch' ? (
          <>
            <rect className={`bar bar--outline tone-${tone}`} x="1" y="1" width="20" height="12" />
            {[4, 9, 14, 19].map((x) => (
              <line
                key={x}
                className={`hatch-line tone-${tone}`}
                x1={x - 3}
                y1="13"
                x2={x + 3}
                y2="1"
              />
            ))}
          </>
        ) : (
          <rect className={fillClass(fill, tone)} x="1" y="1" width="20" height="12" />
        )}
      </svg>
    );
  }
  return (
    <svg className="swatch" width="30" height="14" viewBox="0 0 30 14" aria-hidden="true">
      <line
        className={`line tone-${tone}`}
        x1="1"
        y1="7"
        x2="29"
        y2="7"
        strokeDasharray={DASH_ARRAYS[dash ?? 'solid']}
      />
      {marker ? <MarkerShape shape={marker} x={15} y={7} tone={tone} size={3.5} /> : null}
    </svg>
  );
}
