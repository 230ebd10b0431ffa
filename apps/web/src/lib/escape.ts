const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
};

/**
 * Text or an attribute value, escaped for HTML, SVG and XML, the way React's
 * `renderToStaticMarkup` escapes it (`'` as `&#x27;`), so `<Static>` HTML matches React's.
 */
export const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
