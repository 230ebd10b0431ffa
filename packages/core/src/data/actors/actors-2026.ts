import type { Actor } from '../../types';

// The courts and agencies of the 2026 chapter: who ruled on the tariffs and who collected them.
export const actors2026 = [
  {
    id: 'supreme-court',
    name: 'Supreme Court of the United States',
    kind: 'institution',
    economy: 'US',
    role: 'Decided Learning Resources, Inc. v. Trump on 20 February 2026',
    sourceIds: ['wikipedia-learning-resources'],
  },
  {
    id: 'court-of-international-trade',
    name: 'U.S. Court of International Trade',
    kind: 'institution',
    economy: 'US',
    role: 'The federal trade court; ordered the IEEPA refunds and ruled on Section 122',
    sourceIds: ['mondaq-cit-orders-refunds', 'bakermckenzie-cit-section-122'],
  },
  {
    id: 'federal-circuit',
    name: 'U.S. Court of Appeals for the Federal Circuit',
    kind: 'institution',
    economy: 'US',
    role: 'Hears appeals from the Court of International Trade',
    sourceIds: ['tuttle-mandate-issued', 'vatcheck-section-122-stay'],
  },
  {
    id: 'cbp',
    name: 'U.S. Customs and Border Protection',
    kind: 'institution',
    economy: 'US',
    role: 'Collects tariffs at the border, and pays the IEEPA refunds',
    sourceIds: ['janel-csms-67834313', 'aljazeera-cbp-not-yet-able'],
  },
] as const satisfies readonly Actor[];
