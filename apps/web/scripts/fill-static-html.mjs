// Puts back the HTML parts a production build filed away (see src/ui/static-html.tsx): every
// element the pages hold as `<tag … data-html="KEY"></tag>` gets the part filed under KEY
// inside it, and loses the key. A key with no part is an error: a page would lose content.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const PLACEHOLDER = /<([a-z][a-z0-9]*)\b([^>]*?) data-html="([0-9a-f]{8,})"([^>]*)><\/\1>/g;

/**
 * The page with its parts put back.
 * @param {string} html
 * @param {(key: string) => Promise<string | undefined>} partOf
 * @returns {Promise<{ html: string, missing: string[], filled: number }>}
 */
export const fillStaticHtml = async (html, partOf) => {
  const keys = [...new Set([...html.matchAll(PLACEHOLDER)].map((m) => m[3] ?? ''))];
  /** @type {Map<string, string>} */
  const parts = new Map();
  const missing = [];
  for (const key of keys) {
    const part = await partOf(key);
    if (part === undefined) missing.push(key);
    else parts.set(key, part);
  }
  let filled = 0;
  const out = html.replace(PLACEHOLDER, (whole, tag, before, key, after) => {
    const part = parts.get(key);
    if (part === undefined) return whole;
    filled += 1;
    return `<${tag}${before}${after}>${part}</${tag}>`;
  });
  return { html: out, missing, filled };
};

/**
 * Reads parts from a folder of `<key>.html` files.
 * @param {string} dir
 */
export const partsIn = (dir) => async (/** @type {string} */ key) => {
  try {
    return await readFile(join(dir, `${key}.html`), 'utf8');
  } catch {
    return undefined;
  }
};
