import type { LegalView } from '@tradetalks/core';
import { esc } from '@/lib/escape';
import { eventHref } from '@/lib/hrefs';
import { sourceLineHtml } from '@/lib/source-html';
import { mergeSources } from '@/lib/sources';

/**
 * A layer's standing in law as core words it, as HTML text: the badge ("charged; later held
 * unlawful"), optionally the layer's name, the sentence or two of what the courts found and
 * what followed (folded away when `fold`), a link to the ruling, and the courts' sources.
 */
export const legalNoteHtml = (
  legal: LegalView,
  { layer, fold = false }: { layer?: string; fold?: boolean } = {},
): string => {
  const ruling = legal.findings.find((f) => f.eventId !== undefined);
  const sources = sourceLineHtml(mergeSources(...legal.findings.map((f) => f.sources)), {
    label: 'The courts’ sources',
  });
  const body = `<p class="small">${esc(legal.text)}${
    ruling?.eventId
      ? ` <a href="${esc(eventHref(ruling.eventId))}">The ruling in the timeline</a>`
      : ''
  }</p>${sources ? `<p class="source-line">${sources}</p>` : ''}`;
  const label = `<span class="legal-badge">${esc(legal.label)}</span>${layer ? ` ${esc(layer)}` : ''}`;
  return `<div class="legal-note legal-note--${esc(legal.latestStanding)}">${
    fold
      ? `<details><summary class="legal-note__label">${label}</summary>${body}</details>`
      : `<p class="legal-note__label">${label}</p>${body}`
  }</div>`;
};
