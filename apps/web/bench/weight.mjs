// What a page costs to download: its HTML (and how much of it is the inline RSC payload),
// and the JavaScript it loads, as transferred with gzip.
import { wokenBy } from '../scripts/first-paint.mjs';

const SCRIPT_SRC = /<script\b(?![^>]*\bnoModule\b)[^>]*\bsrc="([^"]+)"/gi;
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const FLIGHT = /<script>(self\.__next_f\.push[\s\S]*?)<\/script>/g;
const STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;
const JSON_LD = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g;
const bytesOf = (/** @type {string} */ html, /** @type {RegExp} */ re) =>
  [...html.matchAll(re)].reduce((n, m) => n + Buffer.byteLength(m[1] ?? ''), 0);

/** @param {string} url */
const gzipBytes = async (url) => {
  const response = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
  const body = new Uint8Array(await response.arrayBuffer());
  // fetch decodes gzip, so the transfer size is the server's Content-Length.
  const length = Number(response.headers.get('content-length'));
  return {
    raw: body.length,
    transferred: Number.isFinite(length) && length > 0 ? length : body.length,
  };
};

/**
 * @param {string} base
 * @param {string} path
 */
export const pageWeight = async (base, path) => {
  const response = await fetch(`${base}${path}`);
  const html = await response.text();
  const htmlBytes = Buffer.byteLength(html);
  const inlineBytes = [...html.matchAll(INLINE_SCRIPT)].reduce(
    (n, m) => n + Buffer.byteLength(m[1] ?? ''),
    0,
  );
  const htmlGzip = (await gzipBytes(`${base}${path}`)).transferred;
  // With the scripts the page's loader adds on the first interaction.
  const later = wokenBy(html).scripts;
  const scripts = [
    ...new Set([...[...html.matchAll(SCRIPT_SRC)].map((m) => m[1] ?? ''), ...later]),
  ];
  let jsGzip = 0;
  let jsRaw = 0;
  for (const src of scripts) {
    const { raw, transferred } = await gzipBytes(new URL(src, base).href);
    jsGzip += transferred;
    jsRaw += raw;
  }
  const flightBytes = bytesOf(html, FLIGHT);
  const styleBytes = bytesOf(html, STYLE);
  const jsonLdBytes = bytesOf(html, JSON_LD);
  return {
    path,
    htmlBytes,
    /** Next.js's inline hydration data (the RSC payload). */
    flightBytes,
    /** The stylesheet, inline since the first paint needs it. */
    styleBytes,
    jsonLdBytes,
    /** Everything else: the content a reader sees, its markup, the head. */
    contentBytes: htmlBytes - flightBytes - styleBytes - jsonLdBytes,
    htmlGzip,
    rscInlineBytes: inlineBytes,
    scripts: scripts.length,
    jsRaw,
    jsGzip,
  };
};
