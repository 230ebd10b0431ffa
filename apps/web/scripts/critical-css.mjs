// Each page's inline stylesheet cut down to the rules its own elements can match, by Beasties
// (the critical-CSS inliner Angular and Nuxt use): a fifth to a half of the whole stylesheet.
//
// Only the `<style>` text changes: the page's markup stays byte for byte as React rendered it
// (Beasties re-serialises the document it parses, so its output is read, not shipped).
//
// What the cut keeps, so that the page looks the same before its islands wake:
// - every rule whose selector, without its pseudo-classes (`:hover`, `:focus-visible`),
//   matches an element of the page;
// - a rule made of pseudo-classes only (`:focus-visible`, `:target`), which can match any
//   element;
// - the rules on the attributes the theme script sets before the first paint (`data-js`,
//   `data-theme`), on `open`, which the browser toggles on a `<details>` it opens, and on
//   `aria-busy`, which the loader sets on what the reader used before the islands woke.
// When the islands wake, the loader adds the whole stylesheet (scripts/first-paint.mjs). It
// comes after the inline copy and holds every rule of it in the same order, so from then on
// the page is styled exactly as by the whole stylesheet, states the islands add included.

import Beasties from 'beasties';

const STYLE = /(<style[^>]*>)([\s\S]*?)(<\/style>)/g;

/**
 * Rules Beasties cannot judge from the page's elements, kept whole:
 * - on attributes set with no island awake: by `src/lib/theme-script.ts` on `<html>` before
 *   the first paint, by the browser on a `<details>` the reader opens, and by the loader
 *   (`aria-busy`) on what the reader pressed or changed before the islands woke;
 * - a selector of pseudo-classes only (`:focus-visible`, `:target`), which can match any
 *   element; without its pseudo-classes it is nothing, and Beasties would drop it.
 */
const ALWAYS_KEPT = [
  /\[data-js\]/,
  /\[data-theme(?:[=\]])/,
  /\[open\]/,
  /\[aria-busy/,
  /^(?::[a-z-]+(?:\([^)]*\))?)+$/,
];

const beasties = new Beasties({
  external: false,
  reduceInlineStyles: true,
  mergeStylesheets: false,
  allowRules: ALWAYS_KEPT,
  // Beasties's own minifier is off: the stylesheet Next.js wrote is already minified.
  compress: false,
  logLevel: 'warn',
});

/**
 * The page with each inline stylesheet cut to the rules its elements can match.
 * @param {string} html
 * @returns {Promise<string>}
 */
export const pruneInlineStyles = async (html) => {
  const before = [...html.matchAll(STYLE)];
  if (before.length === 0) return html;
  const after = [...(await beasties.process(html)).matchAll(STYLE)].map((m) => m[2]);
  if (after.length !== before.length) {
    throw new Error(`critical-css: ${before.length} inline styles in, ${after.length} out`);
  }
  let i = 0;
  return html.replace(STYLE, (_, open, _css, close) => `${open}${after[i++]}${close}`);
};
