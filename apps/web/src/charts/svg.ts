/**
 * A few helpers to write SVG as text. Charts are built as strings on the server and put into
 * the page whole (`dangerouslySetInnerHTML`), so React neither ships nor hydrates their
 * hundreds of nodes: the browser gets plain SVG, as it would from a template.
 */

import { esc } from '@/lib/escape';

export type Attrs = Readonly<Record<string, string | number | undefined | false>>;

export { esc };

/** Numbers short but exact enough for a drawing: at most two decimals. */
const num = (value: number): string => String(Math.round(value * 100) / 100);

const attrs = (a: Attrs): string =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : esc(String(v))}"`)
    .join('');

/** An element with attributes and children (already SVG text). */
export const el = (tag: string, a: Attrs, ...children: readonly string[]): string =>
  `<${tag}${attrs(a)}>${children.join('')}</${tag}>`;

/** A text element: its content is escaped. */
export const text = (a: Attrs, content: string): string => el('text', a, esc(content));

/** Numbers in path data, rounded like attributes. */
export const point = (x: number, y: number): string => `${num(x)},${num(y)}`;
