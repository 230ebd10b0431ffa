import { dataset, ECONOMY_NAMES } from '@tradetalks/core';
import type { Metadata } from 'next';
import { PageCite } from '@/components/page-cite';
import { MeasureList } from '@/components/tariffs/measure-list';
import { pageMetadata } from '@/lib/pages';
import { Link } from '@/ui/link';
import { Static } from '@/ui/static';

export const metadata: Metadata = pageMetadata('/tariffs/measures');

export default function MeasuresPage() {
  const count = (side: 'US' | 'CN') =>
    dataset.tariffMeasures.filter((m) => m.imposedBy === side).length;
  return (
    <Static>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link href="/tariffs">Tariffs</Link>
          </li>
        </ol>
      </nav>
      <header className="page-intro">
        <p className="eyebrow">Tariffs</p>
        <h1>Every tariff measure</h1>
        <p className="lede">
          {dataset.tariffMeasures.length} dated actions: {count('US')} by the {ECONOMY_NAMES.US},{' '}
          {count('CN')} by {ECONOMY_NAMES.CN}. Each sets one layer’s rate from the day it takes
          effect until a later one replaces or ends it. Where sources disagree, the measure says so;
          where a court later ruled on a layer, its standing is shown beside what was charged.
        </p>
      </header>
      <MeasureList />
      <PageCite path="/tariffs/measures" />
    </Static>
  );
}
