import { z } from 'zod';
import { isHostingSite, sourceUrlProblem } from '../calc/source-url';
import { Id, PartialDate, Text } from './common';

/** A link a source may carry: http(s), naming a page (see `sourceUrlProblem`). */
const HttpUrl = z.url({ protocol: /^https?$/ }).superRefine((url, ctx) => {
  const problem = sourceUrlProblem(url);
  if (problem !== undefined) ctx.addIssue({ code: 'custom', message: `the link ${problem}` });
});

/**
 * The primary document a figure comes from, where the reference names it: a Federal Register
 * or govinfo page, census.gov, BEA, NBS, USTR, a court opinion. `read` says whether the
 * figure was read on it (true) or only on the secondary page at the source's `url` (false).
 */
export const OriginalDocument = z.object({
  url: HttpUrl,
  title: Text.optional(),
  read: z.boolean(),
});

/**
 * Where a figure was read.
 * - `publisher` is the originating body: who made the figure, the order or the statement.
 * - `url` is the page actually read; `via` names the site that page is on whenever it is not
 *   the publisher's own (a news or law-firm page quoting the original, a mirror).
 * - `original` is the primary document, where the reference names it.
 *
 * Kinds: `official` (the originating body's own page), `secondary` (a page quoting or
 * summarising another body's original: `via` is required), `news` (a news or analysis page
 * reporting in its own name), `research` (a research institute's own page), `article` (the
 * article this project starts from).
 */
export const Source = z
  .object({
    id: Id,
    publisher: Text,
    title: Text,
    url: HttpUrl.optional(),
    via: Text.optional(),
    original: OriginalDocument.optional(),
    kind: z.enum(['official', 'secondary', 'news', 'research', 'article']),
    publishedOn: PartialDate.optional(),
    note: Text.optional(),
  })
  .refine((s) => s.kind !== 'secondary' || s.via !== undefined, {
    message: 'a secondary source names the page it was read on (via)',
    path: ['via'],
  })
  .refine((s) => s.via !== undefined || s.url === undefined || !isHostingSite(s.url), {
    message:
      'a page on a site that hosts others’ documents (GitHub, the Federal Register…) names that site (via)',
    path: ['via'],
  })
  .refine((s) => s.kind === 'article' || s.url !== undefined || s.original !== undefined, {
    message: 'a source links to the page read or, failing that, to the original it names',
    path: ['url'],
  });

export type OriginalDocument = z.infer<typeof OriginalDocument>;
export type Source = z.infer<typeof Source>;
