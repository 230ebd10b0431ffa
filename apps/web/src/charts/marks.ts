import { el, point } from './svg';
import type { Dash, Marker, Tone } from './types';

export const DASH_ARRAYS: Record<Dash, string | undefined> = {
  solid: undefined,
  dashed: '7 4',
  dotted: '1.5 4',
};

/** A point marker as SVG; its shape tells series apart where colour cannot. */
export const markerSvg = (
  shape: Marker,
  x: number,
  y: number,
  tone: Tone,
  { hollow = false, size = 4.5 }: { hollow?: boolean; size?: number } = {},
): string => {
  const cls = `mark tone-${tone}${hollow ? ' mark--hollow' : ''}`;
  const r = size;
  switch (shape) {
    case 'none':
      return '';
    case 'circle':
      return el('circle', { class: cls, cx: x, cy: y, r });
    case 'square':
      return el('rect', { class: cls, x: x - r, y: y - r, width: r * 2, height: r * 2 });
    case 'triangle':
      return el('path', {
        class: cls,
        d: `M${point(x, y - r * 1.2)}L${point(x + r * 1.1, y + r * 0.8)}L${point(x - r * 1.1, y + r * 0.8)}Z`,
      });
    case 'diamond':
      return el('path', {
        class: cls,
        d: `M${point(x, y - r * 1.3)}L${point(x + r * 1.1, y)}L${point(x, y + r * 1.3)}L${point(x - r * 1.1, y)}Z`,
      });
  }
};

/** The hatch pattern a `hatch` bar is filled with. */
export const hatchPatternSvg = (id: string, tone: Tone): string =>
  el(
    'pattern',
    { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    el('rect', { class: 'hatch-bg', width: 6, height: 6 }),
    el('line', { class: `hatch-line tone-${tone}`, x1: 0, y1: 0, x2: 0, y2: 6 }),
  );

export const fillClass = (fill: string, tone: Tone): string => `bar bar--${fill} tone-${tone}`;
