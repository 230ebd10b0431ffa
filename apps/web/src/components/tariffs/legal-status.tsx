import type { LegalView } from '@tradetalks/core';
import { legalNoteHtml } from '@/charts/stacks/legal-html';
import { StaticHtml } from '@/ui/static-html';

/**
 * A layer's standing in law as core words it: the badge ("charged; later held unlawful"), what
 * the courts found and what followed, and the courts' sources.
 */
export function LegalStatus({ legal, layer }: { legal: LegalView; layer?: string }) {
  return <StaticHtml html={legalNoteHtml(legal, layer ? { layer } : {})} />;
}
