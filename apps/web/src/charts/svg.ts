/**
 * A few helpers to write SVG as text. Charts are built as strings on the server and put into
 * the page whole (`dangerouslySetInnerHTML`), so React neither ships nor hydrates their
 * hundreds of nodes: the browser gets plain SVG, as it would from a template.
 */

export type Attrs = Readonly<Record<string, string | number | undefined | false>>;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text or an attribute value, escaped for HTML and SVG. */
export const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

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
