// Two changes to each exported page so the reader sees it before the framework runs, without
// touching what the framework does once it runs:
//
// - the stylesheet goes inline (`<style>`), so no request blocks the first paint; the original
//   `<link>` stays, with `media="not all"`, so React finds the stylesheet it rendered and does
//   not add it again (it looks a stylesheet up by its href and precedence, not its media);
// - Next.js's scripts load after the first paint instead of as soon as they arrive: a small
//   inline loader (allowed by its hash) adds them, in order, once the page has painted. Loaded
//   `async`, they otherwise run in the middle of parsing and hold the first paint until React
//   has hydrated; the islands now wake up a moment after the content shows.

const STYLESHEET = /<link rel="stylesheet" href="([^"]+\.css)" data-precedence="next"\/>/g;
const ASYNC_SCRIPT = /<script src="([^"]+\.js)" async=""><\/script>/g;

/**
 * The page with its stylesheets inline.
 * @param {string} html
 * @param {(href: string) => string} cssOf the stylesheet's text
 */
export const inlineStylesheets = (html, cssOf) =>
  html.replace(
    STYLESHEET,
    (_, href) =>
      `<style>${cssOf(href).replaceAll('</style', '<\\/style')}</style><link rel="stylesheet" href="${href}" data-precedence="next" media="not all"/>`,
  );

/**
 * The inline script that adds `srcs` (in order) after the first paint: after the document is
 * parsed, the next frame, and the task after it.
 * @param {readonly string[]} srcs
 */
export const loaderScript = (srcs) =>
  `(function(){var s=${JSON.stringify(srcs)};function go(){s.forEach(function(u){var e=document.createElement('script');e.src=u;e.async=false;document.head.appendChild(e)})}function later(){requestAnimationFrame(function(){setTimeout(go,0)})}if(document.readyState==='loading')document.addEventListener('DOMContentLoaded',later);else later()})();`;

/**
 * The page with its async scripts loaded by the loader at the end of the body.
 * @param {string} html
 */
export const loadScriptsAfterPaint = (html) => {
  /** @type {string[]} */
  const srcs = [];
  const without = html.replace(ASYNC_SCRIPT, (_, src) => {
    srcs.push(src);
    return '';
  });
  if (srcs.length === 0) return html;
  return without.replace('</body>', `<script>${loaderScript(srcs)}</script></body>`);
};
