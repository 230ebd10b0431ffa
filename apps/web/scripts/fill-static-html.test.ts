import { describe, expect, it } from 'vitest';
import { fillStaticHtml } from './fill-static-html.mjs';

const parts = new Map([
  ['aaaaaaaa11', '<span>Sources: <a href="/x">X</a>.</span>'],
  ['bbbbbbbb22', '<table><tr><td>1</td></tr></table>'],
]);
const partOf = async (key: string) => parts.get(key);

describe('fillStaticHtml', () => {
  it('puts each part inside its element and drops the key', async () => {
    const page =
      '<main><p class="source-line" data-html="aaaaaaaa11"></p><div data-html="bbbbbbbb22" hidden=""></div><p data-html="aaaaaaaa11"></p></main>';
    const { html, missing, filled } = await fillStaticHtml(page, partOf);
    expect(missing).toEqual([]);
    expect(filled).toBe(3);
    expect(html).toBe(
      '<main><p class="source-line"><span>Sources: <a href="/x">X</a>.</span></p><div hidden=""><table><tr><td>1</td></tr></table></div><p><span>Sources: <a href="/x">X</a>.</span></p></main>',
    );
  });

  it('reports a key with no part and leaves its element alone', async () => {
    const page = '<div data-html="cccccccc33"></div>';
    const { html, missing } = await fillStaticHtml(page, partOf);
    expect(missing).toEqual(['cccccccc33']);
    expect(html).toBe(page);
  });

  it('fills a JSON-LD block', async () => {
    const page = '<script type="application/ld+json" data-html="aaaaaaaa11"></script>';
    const { html } = await fillStaticHtml(page, partOf);
    expect(html).toBe(`<script type="application/ld+json">${parts.get('aaaaaaaa11')}</script>`);
  });
});
