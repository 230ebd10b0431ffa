import { describe, expect, it } from 'vitest';
import { inlineStylesheets, loaderScript, loadScriptsAfterPaint } from './first-paint.mjs';

const page =
  '<html><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/><script src="/_next/static/chunks/1.js" async=""></script><script src="/_next/static/chunks/p.js" noModule=""></script></head><body><main>x</main><script src="/_next/static/chunks/2.js" async=""></script><script>self.__next_f.push([1,""])</script></body></html>';

describe('the first paint', () => {
  it('inlines the stylesheet and keeps its link for React, applying to nothing', () => {
    const html = inlineStylesheets(page, (href) => `/* ${href} */ main{color:red}</style>`);
    expect(html).toContain(
      '<style>/* /_next/static/chunks/a.css */ main{color:red}<\\/style></style><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next" media="not all"/>',
    );
  });

  it('loads the async scripts, in order, from a loader at the end of the body', () => {
    const html = loadScriptsAfterPaint(page);
    expect(html).not.toMatch(/<script src="[^"]+" async="">/);
    // The nomodule polyfill and the inline data stay where they were.
    expect(html).toContain('<script src="/_next/static/chunks/p.js" noModule=""></script>');
    expect(html).toContain('<script>self.__next_f.push([1,""])</script>');
    expect(
      html.endsWith(
        `<script>${loaderScript(['/_next/static/chunks/1.js', '/_next/static/chunks/2.js'])}</script></body></html>`,
      ),
    ).toBe(true);
  });

  it('leaves a page without scripts alone', () => {
    expect(loadScriptsAfterPaint('<body>x</body>')).toBe('<body>x</body>');
  });
});
