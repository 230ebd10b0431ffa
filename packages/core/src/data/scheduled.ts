import type { ScheduledChange } from '../types';

// What was due after the verified coverage (2026-11-09 for both sides) and is not established:
// the one-year Busan suspensions lapsed on 10 November 2026, and no verified source says what
// followed (a truce extension to 10 January 2027 was reported; its instruments were not found).
export const scheduled = [
  {
    id: 'us-exclusions-expire-2026',
    date: '2026-11-10',
    imposedBy: 'US',
    title: '178 Section 301 exclusions due to expire',
    summary:
      'The product exclusions from the Section 301 list duties ran to 11:59 p.m. on 9 November 2026; unless extended, the 7.5% or 25% list rates would apply again to those goods.',
    sourceIds: ['lawyerfanzhang-exclusions-2026', 'tandom-exclusions-2026'],
  },
  {
    id: 'us-maritime-tariffs-due-2026',
    date: '2026-11-10',
    imposedBy: 'US',
    title: '100% maritime Section 301 tariffs on cranes and chassis due to start',
    summary:
      'The one-year suspension of the maritime Section 301 actions (port fees, and 100% on ship-to-shore cranes and intermodal chassis) ran through 9 November 2026.',
    sourceIds: ['itt-maritime-suspension'],
  },
  {
    id: 'cn-suspension-lapses-2026',
    date: '2026-11-10',
    imposedBy: 'CN',
    title: 'China’s one-year suspension of 24 points due to end',
    summary:
      'Announcement No. 10 of 2025 kept 24 points of China’s across-the-board tariff suspended for one year from 13:01 Beijing time on 10 November 2025.',
    sourceIds: ['chinagovernance-announcement-10', 'udn-announcement-10'],
  },
  {
    id: 'cn-export-controls-pause-ends-2026',
    date: '2026-11-10',
    imposedBy: 'CN',
    title: 'China’s pause on its October 2025 export controls due to end',
    summary:
      'MOFCOM suspended its October 2025 rare-earth, battery and superhard-material controls until 10 November 2026.',
    sourceIds: ['clarkhill-export-controls-pause', 'resilinc-export-pause'],
  },
  {
    id: 'cn-port-fees-pause-ends-2026',
    date: '2026-11-10',
    imposedBy: 'CN',
    title: 'China’s one-year pause of special port fees on U.S. ships due to end',
    summary:
      'The fees on U.S.-owned or -operated ships were suspended for one year from 10 November 2025.',
    sourceIds: ['people-port-fees-suspended'],
  },
  {
    id: 'cn-dual-use-ban-pause-ends-2026',
    date: '2026-11-27',
    imposedBy: 'CN',
    title: 'China’s suspended ban on gallium, germanium and antimony exports to the U.S. due back',
    summary: 'MOFCOM suspended the U.S.-specific ban until 27 November 2026.',
    sourceIds: ['clarkhill-export-controls-pause'],
  },
  {
    id: 'us-polysilicon-232-due-2026',
    date: '2026-12-04',
    imposedBy: 'US',
    title: 'Section 232 polysilicon tariff due to start',
    summary:
      '15% on wafers, cells and modules plus a minimum-price duty, proclaimed on 6 August 2026. Section 232 tariffs are outside the stacks shown here.',
    sourceIds: ['budgetlab-polysilicon-232'],
  },
  {
    id: 'us-legacy-chips-rise-2027',
    date: '2027-06-23',
    imposedBy: 'US',
    title: 'The Section 301 legacy-chips tariff due to rise from 0%',
    summary: 'The new rate is to be announced at least 30 days before.',
    sourceIds: ['ncbfaa-legacy-chips'],
  },
] as const satisfies readonly ScheduledChange[];
