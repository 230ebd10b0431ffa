import { describe, expect, it } from 'vitest';
import { pruneInlineStyles } from './critical-css.mjs';

const css = [
  'html{color:#111}',
  '.used{margin:0}',
  '.unused{margin:1px}',
  '.used:hover,.unused:hover{color:red}',
  'details[open]>.more{display:block}',
  ':focus-visible{outline:2px solid}',
  ':target{scroll-margin-top:4rem}',
  ':root[data-theme=dark]{color:#eee}',
  ':root:not([data-js]) .used{display:none}',
  '@media (min-width:60rem){.used{padding:1rem}.unused{padding:2rem}}',
  '@media (prefers-color-scheme:dark){:root:not([data-theme=light]){color:#eee}}',
].join('');

// Markup as React writes it: attributes Beasties would re-quote, a void tag it would re-close.
const page = (styles: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><style>${styles}</style></head><body><p class="used">a<br/>b</p><details><summary>More</summary><div class="more">c</div></details><!--$--><span data-x='1'>d</span><!--/$--></body></html>`;

const styleOf = (html: string) => /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';

describe('the critical CSS of a page', () => {
  it("keeps the rules the page's elements can match, in their order", async () => {
    const kept = styleOf(await pruneInlineStyles(page(css)));
    expect(kept).toContain('html{color:#111}');
    expect(kept).toMatch(/\.used\{margin:0\}/);
    // A state of an element the page has: hover, an open <details>.
    expect(kept).toMatch(/\.used:hover\{color:red\}/);
    expect(kept).toMatch(/details\[open\]>\.more\{display:block\}/);
    expect(kept).toMatch(/@media \(min-width:60rem\)\{\.used\{padding:1rem\}\}/);
    expect(kept.indexOf('.used{margin:0}')).toBeLessThan(kept.indexOf('@media'));
  });

  it('drops the rules no element of the page can match', async () => {
    const kept = styleOf(await pruneInlineStyles(page(css)));
    expect(kept).not.toContain('.unused');
    expect(kept.length).toBeLessThan(css.length);
  });

  it('keeps a rule of pseudo-classes only, and those on what the theme script sets', async () => {
    const kept = styleOf(await pruneInlineStyles(page(css)));
    expect(kept).toContain(':focus-visible{outline:2px solid}');
    expect(kept).toContain(':target{scroll-margin-top:4rem}');
    expect(kept).toContain(':root[data-theme=dark]{color:#eee}');
    expect(kept).toContain(':root:not([data-js]) .used{display:none}');
    expect(kept).toMatch(/prefers-color-scheme:dark\)\{:root:not\(\[data-theme=light\]\)/);
  });

  it('changes nothing but the stylesheet', async () => {
    const before = page(css);
    const after = await pruneInlineStyles(before);
    expect(after.replace(styleOf(after), '')).toBe(before.replace(css, ''));
  });

  it('leaves a page without an inline stylesheet as it was', async () => {
    const fragment = '<section><h2>Panels</h2><p class="x">y</p></section>';
    expect(await pruneInlineStyles(fragment)).toBe(fragment);
  });
});
