import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScripts, inlineStyles, isEmbedPath, pagePolicy, sha256 } from './csp.mjs';

const html = `<html><head><script>var a=1;</script><script src="/_next/x.js" async></script>
<script type="application/ld+json">{"@type":"ClaimReview"}</script></head>
<body><script>self.__next_f.push([1,"x"])</script></body></html>`;

describe('Content-Security-Policy from a page', () => {
  it('finds the inline scripts that run, not external ones or JSON-LD', () => {
    expect(inlineScripts(html)).toEqual(['var a=1;', 'self.__next_f.push([1,"x"])']);
  });

  it('hashes a script the way browsers check it', () => {
    const expected = createHash('sha256').update('var a=1;').digest('base64');
    expect(sha256('var a=1;')).toBe(`'sha256-${expected}'`);
  });

  it('allows an inline stylesheet by its hash', () => {
    const styled = '<style data-precedence="next">body{margin:0}</style>';
    expect(inlineStyles(styled)).toEqual(['body{margin:0}']);
    expect(pagePolicy(styled)).toContain(`style-src 'self' ${sha256('body{margin:0}')}`);
  });

  it('allows this origin and the page’s own inline scripts, and nothing inline else', () => {
    const policy = pagePolicy(html);
    expect(policy).toContain(
      `script-src 'self' ${sha256('var a=1;')} ${sha256('self.__next_f.push([1,"x"])')}`,
    );
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
  });

  it('lets another site frame a page only when told to (the embed views)', () => {
    expect(pagePolicy(html, { frameAncestors: '*' })).toContain('frame-ancestors *');
    expect(pagePolicy(html, { frameAncestors: '*' })).not.toContain("frame-ancestors 'none'");
    expect(isEmbedPath('/embed/trade-flows')).toBe(true);
    expect(isEmbedPath('/tariffs')).toBe(false);
  });
});
