import type { ReactNode } from 'react';
import { esc } from '@/lib/escape';

// Server components' output written as HTML text, for `<Static>`: Next.js refuses
// `react-dom/server` inside the app (its server layer), so this renders the small subset of
// React our static parts use — host elements, fragments, arrays, text and plain function
// components — exactly as `renderToStaticMarkup` does (a test compares the two on every
// component that goes through here). Anything else (a client component, a hook-using or async
// component, a style object, an event handler) throws, so nothing is dropped silently.

const ELEMENT = new Set([Symbol.for('react.transitional.element'), Symbol.for('react.element')]);
const FRAGMENT = Symbol.for('react.fragment');
const CLIENT_REFERENCE = Symbol.for('react.client.reference');

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** React property names that differ from their HTML attribute (others are written as named). */
const ATTRIBUTE: Readonly<Record<string, string>> = {
  className: 'class',
  htmlFor: 'for',
  httpEquiv: 'http-equiv',
  acceptCharset: 'accept-charset',
  tabIndex: 'tabindex',
};

/** SVG presentation properties, written hyphenated (`strokeDasharray` → `stroke-dasharray`). */
const SVG_HYPHENATED = new Set([
  'strokeDasharray',
  'strokeDashoffset',
  'strokeWidth',
  'strokeLinecap',
  'strokeLinejoin',
  'strokeOpacity',
  'fillOpacity',
  'textAnchor',
  'dominantBaseline',
  'fontSize',
  'fontWeight',
  'fontFamily',
  'vectorEffect',
  'clipPath',
]);

/** Attributes written bare ("") when true and left out when false. */
const BOOLEAN = new Set([
  'hidden',
  'open',
  'disabled',
  'checked',
  'selected',
  'reversed',
  'download',
]);

const SKIP = new Set([
  'children',
  'key',
  'ref',
  'dangerouslySetInnerHTML',
  'suppressHydrationWarning',
]);

interface Element {
  readonly $$typeof: symbol;
  readonly type: unknown;
  readonly props: Readonly<Record<string, unknown>>;
}

const isElement = (node: unknown): node is Element =>
  typeof node === 'object' && node !== null && ELEMENT.has((node as Element).$$typeof);

const attributes = (tag: string, props: Readonly<Record<string, unknown>>): string => {
  let out = '';
  for (const [name, value] of Object.entries(props)) {
    if (SKIP.has(name) || value === undefined || value === null) continue;
    if (typeof value === 'function') throw new Error(`<Static>: <${tag} ${name}> is a handler`);
    if (name === 'style') throw new Error(`<Static>: <${tag}> has a style object`);
    const attr =
      ATTRIBUTE[name] ??
      (SVG_HYPHENATED.has(name) ? name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) : name);
    if (BOOLEAN.has(attr)) {
      if (value === true) out += ` ${attr}=""`;
      continue;
    }
    if (typeof value === 'boolean') {
      if (/^(aria|data)-/.test(attr)) out += ` ${attr}="${value}"`;
      else if (value) out += ` ${attr}=""`;
      continue;
    }
    out += ` ${attr}="${esc(String(value))}"`;
  }
  return out;
};

let depth = 0;

/** Whether a `renderStatic` is under way: parts inside it are written in place, not filed. */
export const isRenderingStatic = (): boolean => depth > 0;

/** The HTML of a server-rendered node, as `renderToStaticMarkup` writes it. */
export const renderStatic = (node: ReactNode): string => {
  depth += 1;
  try {
    return render(node);
  } finally {
    depth -= 1;
  }
};

const render = (node: ReactNode): string => {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string') return esc(node);
  if (typeof node === 'number' || typeof node === 'bigint') return String(node);
  if (Array.isArray(node)) return node.map(render).join('');
  if (!isElement(node)) throw new Error('<Static>: cannot render this node');
  const { type, props } = node;
  if (type === FRAGMENT) return render(props.children as ReactNode);
  if (typeof type === 'function') {
    if ((type as { $$typeof?: symbol }).$$typeof === CLIENT_REFERENCE) {
      throw new Error('<Static>: a client component cannot be rendered as static HTML');
    }
    const rendered = (type as (p: unknown) => unknown)(props);
    if (rendered instanceof Promise) throw new Error('<Static>: async components are not static');
    return render(rendered as ReactNode);
  }
  if (typeof type !== 'string') throw new Error('<Static>: cannot render this element type');
  const open = `<${type}${attributes(type, props)}`;
  if (VOID.has(type)) return `${open}/>`;
  const inner = props.dangerouslySetInnerHTML as { __html?: string } | undefined;
  return `${open}>${inner?.__html ?? render(props.children as ReactNode)}</${type}>`;
};
