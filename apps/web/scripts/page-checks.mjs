// Checks on the exported HTML, shared by the build and its tests.

/**
 * The URL path a file of the static export is served at: `index.html` → `/`,
 * `claims/x.html` → `/claims/x`, `404.html` → `/404`.
 * @param {string} file path relative to out/, with forward slashes
 */
export const pagePath = (file) => {
  const path = `/${file.replace(/\.html$/, '')}`;
  if (path === '/index') return '/';
  return path.endsWith('/index') ? path.slice(0, -'/index'.length) : path;
};

const SCRIPT_OR_STYLE = /<(script|style)\b[\s\S]*?<\/\1>/gi;
const BAD_TEXT = /\b(NaN|undefined|Infinity)\b/;

/**
 * Text a reader would see that betrays a broken computation: NaN, Infinity or undefined.
 * Looks only at text between tags and at attribute values a reader meets (alt, title,
 * aria-label), not at scripts.
 * @param {string} html
 * @returns {string[]}
 */
export const visibleProblems = (html) => {
  const stripped = html.replace(SCRIPT_OR_STYLE, '');
  const texts = [
    ...[...stripped.matchAll(/>([^<]+)</g)].map((m) => m[1] ?? ''),
    ...[...stripped.matchAll(/\s(?:alt|title|aria-label)="([^"]*)"/g)].map((m) => m[1] ?? ''),
  ];
  return texts.filter((t) => BAD_TEXT.test(t)).map((t) => `shows "${t.trim().slice(0, 80)}"`);
};
