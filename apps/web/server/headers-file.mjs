// Reads and applies a `_headers` file, the format Netlify and Cloudflare Pages use:
//
//   /path-or-pattern/*
//     Header-Name: value
//
// Every rule whose pattern matches a path applies, in file order. A header set by several
// rules is sent once per rule, which for Content-Security-Policy means every policy holds.

/**
 * @typedef {{ pattern: string, headers: [string, string][] }} HeaderRule
 */

/**
 * Parse the text of a `_headers` file. Lines starting with `#` are comments.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export const parseHeadersFile = (text) => {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules[rules.length - 1];
    const colon = line.indexOf(':');
    if (rule === undefined || colon < 0) throw new Error(`_headers: cannot read "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
};

/**
 * Whether a rule's pattern matches a URL path: exactly, or by a trailing `*` splat.
 * @param {string} pattern
 * @param {string} path
 */
export const patternMatches = (pattern, path) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;

/**
 * The headers for a path, from every matching rule in order; a name that repeats collects
 * every value.
 * @param {HeaderRule[]} rules
 * @param {string} path
 * @returns {Map<string, string[]>}
 */
export const headersFor = (rules, path) => {
  /** @type {Map<string, string[]>} */
  const out = new Map();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out.set(key, [...(out.get(key) ?? []), value]);
    }
  }
  return out;
};
