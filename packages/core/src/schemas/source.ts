import { z } from 'zod';
import { Id, PartialDate, Text } from './common';

/**
 * Where a figure was read. `publisher` is the originating body; when the page at `url`
 * is a secondary one (a news or law-firm page quoting the original), `via` names it.
 */
export const Source = z.object({
  id: Id,
  publisher: Text,
  title: Text,
  url: z.url({ protocol: /^https?$/ }).optional(),
  via: Text.optional(),
  kind: z.enum(['official', 'secondary', 'research', 'article']),
  publishedOn: PartialDate.optional(),
  note: Text.optional(),
});

export type Source = z.infer<typeof Source>;
