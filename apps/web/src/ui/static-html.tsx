import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLAttributes } from 'react';
import { isRenderingStatic } from './render-static';

/**
 * Where a production build leaves the HTML parts it takes out of the React tree, for
 * `scripts/post-build.mjs` to put back into the exported pages.
 */
export const staticHtmlDir = (): string =>
  join(process.cwd(), process.env.WEB_DIST_DIR ?? '.next', 'static-html');

// Inside a <Static> part, a part is written in place: the whole part is filed once.
const building = () => process.env.NEXT_PHASE === 'phase-production-build' && !isRenderingStatic();

/** The key a part is filed under: the start of its SHA-256. */
export const staticHtmlKey = (html: string): string =>
  createHash('sha256').update(html, 'utf8').digest('hex').slice(0, 24);

type Tag = 'div' | 'p' | 'section' | 'span' | 'script';

/**
 * Server-written HTML (a chart's table, a source line, a stack panel) that reaches the reader
 * once. Rendered by React, such HTML would be in the page twice: in the markup and again in
 * the data Next.js inlines for hydration. In a production build this renders an empty element
 * holding a key and files the HTML under it; the post-build step puts it inside the element in
 * the exported page. React hydrates the element, not its inside, and never touches it again
 * (an element with `dangerouslySetInnerHTML` has no children to hydrate, and the page's
 * server components never re-render in the browser). Elsewhere (dev server, tests) it renders
 * the HTML in place.
 */
export function StaticHtml({
  html,
  as: Element = 'div',
  ...rest
}: { html: string; as?: Tag; type?: string } & Omit<
  HTMLAttributes<HTMLElement>,
  'dangerouslySetInnerHTML'
>) {
  if (!building() || html === '') {
    // biome-ignore lint/security/noDangerouslySetInnerHtml: HTML text built by our own builders, every value escaped
    return <Element {...rest} dangerouslySetInnerHTML={{ __html: html }} />;
  }
  const key = staticHtmlKey(html);
  const dir = staticHtmlDir();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${key}.html`), html);
  return (
    <Element
      {...rest}
      data-html={key}
      suppressHydrationWarning
      // biome-ignore lint/security/noDangerouslySetInnerHtml: empty on purpose: the build fills it in
      dangerouslySetInnerHTML={{ __html: '' }}
    />
  );
}
