import type { ChangelogRelease, EventView } from '@tradetalks/core';
import { esc } from './escape';
import { changesHref, eventHref, FEED_HREF, sourceHref } from './hrefs';
import { absoluteUrl, SITE_NAME } from './site';

/** The feed's title, for the feed and for the link every page's head carries. */
export const FEED_TITLE = `${SITE_NAME}: what changed in the data`;

const at = (date: string) => `${date}T00:00:00Z`;
const tag = (name: string, content: string, attrs = '') => `<${name}${attrs}>${content}</${name}>`;
const link = (href: string, rel = 'alternate') =>
  `<link rel="${rel}" type="${rel === 'self' ? 'application/atom+xml' : 'text/html'}" href="${esc(absoluteUrl(href))}"/>`;

const releaseEntry = (r: ChangelogRelease): string => {
  const lines = r.groups.map((g) => `<li>${esc(g.label)}: ${g.records.length}</li>`).join('');
  const body = `<p>${esc(r.summary)}</p>${lines ? `<ul>${lines}</ul>` : ''}`;
  return tag(
    'entry',
    [
      tag('id', esc(absoluteUrl(changesHref(r.version)))),
      tag('title', esc(`Data release ${r.version}`)),
      tag('updated', at(r.date)),
      link(changesHref(r.version)),
      tag('summary', esc(r.summary)),
      tag('content', esc(body), ' type="html"'),
    ].join(''),
  );
};

const eventEntry = (e: EventView, release: ChangelogRelease): string => {
  const title = e.reported ? `${e.title} (reported)` : e.title;
  const sources = e.sources
    .map(
      (s) =>
        `<li><a href="${esc(s.href ?? absoluteUrl(sourceHref(s.id)))}">${esc(s.label)}</a>: ${esc(s.title)}</li>`,
    )
    .join('');
  const body = `<p>${esc(e.dateText)}. ${esc(e.summary)}</p><ul>${sources}</ul>`;
  return tag(
    'entry',
    [
      tag('id', esc(absoluteUrl(eventHref(e.id)))),
      tag('title', esc(title)),
      tag('updated', at(release.date)),
      link(eventHref(e.id)),
      tag('summary', esc(`${e.dateText}. ${e.summary}`)),
      tag('content', esc(body), ' type="html"'),
    ].join(''),
  );
};

/**
 * The Atom feed of what changed: each release of the data, newest first, and each event it
 * added (dated by the release that brought it in). Absolute links on `SITE_URL`.
 */
export const atomFeed = (releases: readonly ChangelogRelease[]): string => {
  const latest = releases[0];
  const entries = releases.flatMap((r) => [
    releaseEntry(r),
    ...r.newEvents.map((e) => eventEntry(e, r)),
  ]);
  return `<?xml version="1.0" encoding="utf-8"?>\n${tag(
    'feed',
    [
      tag('id', esc(absoluteUrl(changesHref()))),
      tag('title', esc(FEED_TITLE)),
      tag(
        'subtitle',
        'New releases of the dataset behind the numbers of the U.S.–China trade conflict, and the events each added.',
      ),
      tag('updated', at(latest?.date ?? '1970-01-01')),
      tag('author', tag('name', SITE_NAME)),
      link(FEED_HREF, 'self'),
      link(changesHref()),
      ...entries,
    ].join('\n'),
    ' xmlns="http://www.w3.org/2005/Atom"',
  )}\n`;
};
