import { changelogView, dataset } from '@tradetalks/core';
import { atomFeed } from '@/lib/feed';

// Pre-rendered to out/feed.xml at build time: what changed in the data, as Atom.
export const dynamic = 'force-static';

export function GET() {
  return new Response(atomFeed(changelogView(dataset)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
