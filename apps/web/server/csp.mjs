import { createHash } from 'node:crypto';

// Inline scripts in a Next.js static export (the RSC payload, the theme script) are allowed
// by their SHA-256 hashes, so the policy needs neither 'unsafe-inline' nor nonces.

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi;

/**
 * The contents of every inline script that runs (JSON-LD and other data blocks do not).
 * @param {string} html
 * @returns {string[]}
 */
export const inlineScripts = (html) =>
  [...html.matchAll(INLINE_SCRIPT)]
    .filter(([, attrs = '']) => {
      const type = /\btype=["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
      return type === undefined || type === 'module' || type.includes('javascript');
    })
    .map(([, , body = '']) => body);

const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

/**
 * The contents of every inline stylesheet (Next.js inlines the CSS into each page).
 * @param {string} html
 * @returns {string[]}
 */
export const inlineStyles = (html) => [...html.matchAll(INLINE_STYLE)].map(([, body = '']) => body);

/** @param {string} source */
export const sha256 = (source) =>
  `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;

/**
 * The Content-Security-Policy of one HTML page: only this origin, plus its own inline scripts
 * and stylesheets, each by its hash. No other site may frame it, unless `frameAncestors`
 * says otherwise (the embed views say `*`).
 * @param {string} html
 * @param {{ frameAncestors?: string }} [options]
 */
export const pagePolicy = (html, { frameAncestors = "'none'" } = {}) =>
  [
    "default-src 'self'",
    `script-src 'self' ${[...new Set(inlineScripts(html).map(sha256))].join(' ')}`.trimEnd(),
    `style-src 'self' ${[...new Set(inlineStyles(html).map(sha256))].join(' ')}`.trimEnd(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');

/**
 * The part of the policy every response gets, whatever the page. Framing is ruled page by
 * page (every page refuses it but the embed views), since a second policy can only narrow
 * the first.
 */
export const BASE_POLICY = "object-src 'none'; base-uri 'self'; form-action 'self'";

/** Pages other sites may frame. */
export const isEmbedPath = (/** @type {string} */ path) => path.startsWith('/embed/');
