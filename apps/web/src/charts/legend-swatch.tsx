import { DASH_ARRAYS, markerSvg } from './marks';
import type { Dash, Fill, Marker, Tone } from './types';

/** A small swatch for the HTML legend: the same line, marker or fill the chart uses. */
export function LegendSwatch({
  tone,
  dash,
  marker,
  fill,
  outline = false,
}: {
  tone: Tone;
  dash?: Dash | undefined;
  marker?: Marker | undefined;
  fill?: Fill | undefined;
  /** Draw the marker hollow, as the series does. */
  outline?: boolean;
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
          <rect className={`bar bar--${fill} tone-${tone}`} x="1" y="1" width="20" height="12" />
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
      {marker ? (
        <g
          // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG text built by markerSvg from numbers and constants
          dangerouslySetInnerHTML={{
            __html: markerSvg(marker, 15, 7, tone, { size: 3.5, hollow: outline }),
          }}
        />
      ) : null}
    </svg>
  );
}
