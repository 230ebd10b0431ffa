import { describe, expect, it } from 'vitest';
import { HYDRATED_ATTRIBUTE } from '../src/lib/hydration.mjs';
import {
  inlineStylesheets,
  loaderScript,
  loadScriptsOnInteraction,
  paintFirst,
  wokenBy,
} from './first-paint.mjs';

const page =
  '<html><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/0.js"/><script src="/_next/static/chunks/1.js" async=""></script><script src="/_next/static/chunks/p.js" noModule=""></script></head><body><main>x</main><script src="/_next/static/chunks/2.js" async=""></script><script>self.__next_f.push([1,""])</script></body></html>';

const css = (href: string) => `/* ${href} */ main{color:red}</style>`;

describe('the first paint', () => {
  it('inlines the stylesheet and takes its link out, naming it', () => {
    const { html, hrefs } = inlineStylesheets(page, css);
    expect(html).toContain(
      '<head><style>/* /_next/static/chunks/a.css */ main{color:red}<\\/style></style><link rel="preload"',
    );
    expect(html).not.toContain('rel="stylesheet"');
    expect(hrefs).toEqual(['/_next/static/chunks/a.css']);
  });

  it('takes the async scripts and their preloads out, for a loader at the end of the body', () => {
    const html = loadScriptsOnInteraction(page, ['/a.css']);
    expect(html).not.toMatch(/<script src="[^"]+" async="">/);
    expect(html).not.toContain('rel="preload"');
    // The nomodule polyfill and the inline data stay where they were.
    expect(html).toContain('<script src="/_next/static/chunks/p.js" noModule=""></script>');
    expect(html).toContain('<script>self.__next_f.push([1,""])</script>');
    expect(
      html.endsWith(
        `<script>${loaderScript(['/_next/static/chunks/1.js', '/_next/static/chunks/2.js'], ['/a.css'])}</script></body></html>`,
      ),
    ).toBe(true);
  });

  it('gives the loader the stylesheet inlineStylesheets took out', () => {
    expect(paintFirst(page, css)).toContain(
      `${loaderScript(['/_next/static/chunks/1.js', '/_next/static/chunks/2.js'], ['/_next/static/chunks/a.css'])}</script></body>`,
    );
  });

  it('writes a loader that is one call, with its lists and the hydration mark', () => {
    const script = loaderScript(['/1.js'], ['/a.css']);
    expect(script).toMatch(/^\(function wake\(/);
    expect(script.endsWith(`)(["/1.js"],["/a.css"],"${HYDRATED_ATTRIBUTE}");`)).toBe(true);
    // It parses as a script (the browser tests run it).
    expect(() => new Function(script)).not.toThrow();
  });

  it('reads back what the loader of a page adds, for the weight benchmark', () => {
    expect(wokenBy(paintFirst(page, css))).toEqual({
      scripts: ['/_next/static/chunks/1.js', '/_next/static/chunks/2.js'],
      sheets: ['/_next/static/chunks/a.css'],
    });
    expect(wokenBy('<body>x</body>')).toEqual({ scripts: [], sheets: [] });
  });

  it('leaves a page without scripts alone', () => {
    expect(loadScriptsOnInteraction('<body>x</body>')).toBe('<body>x</body>');
  });
});
