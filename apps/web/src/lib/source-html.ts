import type { SourceRef } from '@tradetalks/core';
import { esc } from './escape';
import { sourceHref } from './hrefs';
import { groupByLabel } from './sources';

const anchor = (href: string, external: boolean, inner: string, attrs = '') =>
  `<a href="${esc(href)}"${external ? ' rel="external noreferrer"' : ''}${attrs}>${inner}</a>`;
const hidden = (text: string) => `<span class="visually-hidden">${esc(text)}</span>`;

/** " (original at ustr.gov, not read)": the primary document beside the page read, and where. */
const originalHtml = (original: NonNullable<SourceRef['original']>) =>
  `<span class="source-original"> (${anchor(
    original.href,
    true,
    `${esc(original.linkText)}${original.title ? hidden(`: ${original.title}`) : ''}`,
  )}${esc(original.readText)})</span>`;

/** A link to the page a figure was read on, named by `text`, then its original. */
export const sourceAnchorHtml = (source: SourceRef, text: string): string => {
  const title =
    text === source.label
      ? hidden(`: ${source.title}`)
      : hidden(` ${source.label}: ${source.title}`);
  return (
    anchor(
      source.href ?? sourceHref(source.id),
      source.href !== undefined,
      `${esc(text)}${title}`,
      ` data-source="${esc(source.id)}"`,
    ) + (source.original ? originalHtml(source.original) : '')
  );
};

/**
 * The inside of a source line, as HTML text: "Sources: U.S. Census Bureau, via CNS News
 * (original at census.gov, not read); PIIE [1] [2]." Each link names the body the figure comes from and,
 * where different, the site it was read on, and goes to the page read (or, where no page can
 * be linked, to its entry on /sources). A name with several pages gets numbered links whose
 * hidden text carries each page's title. Text, so a page of many source lines hydrates none
 * of their nodes. Empty for no sources.
 */
export const sourceLineHtml = (
  sources: readonly SourceRef[],
  { label, allSourcesLink = false }: { label?: string; allSourcesLink?: boolean } = {},
): string => {
  const groups = groupByLabel(sources);
  if (groups.length === 0) return '';
  const count = groups.reduce((n, g) => n + g.sources.length, 0);
  const lead = label ?? (count === 1 ? 'Source' : 'Sources');
  const parts = groups.map((g) =>
    g.sources.length === 1 && g.sources[0]
      ? sourceAnchorHtml(g.sources[0], g.label)
      : `${esc(g.label)}${g.sources.map((s, i) => ` ${sourceAnchorHtml(s, `[${i + 1}]`)}`).join('')}`,
  );
  return `<span class="source-line__label">${esc(lead)}:</span> ${parts.join('; ')}.${
    allSourcesLink ? ' <a href="/sources">All sources</a>' : ''
  }`;
};
