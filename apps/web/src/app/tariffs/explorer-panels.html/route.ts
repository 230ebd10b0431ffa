import { createElement } from 'react';
import { ExplorerPanels } from '@/components/tariffs/explorer-section';
import { renderStatic } from '@/ui/render-static';

// Pre-rendered to out/tariffs/explorer-panels.html at build time: every stretch's panels for
// the tariff explorer, which /tariffs holds only for its latest verified day. Its island
// fetches this once it wakes, so the page a reader opens is a fraction of the size.
export const dynamic = 'force-static';

export function GET() {
  return new Response(renderStatic(createElement(ExplorerPanels)), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}
