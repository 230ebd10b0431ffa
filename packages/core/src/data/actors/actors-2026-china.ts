import type { Actor } from '../../types';

// People and bodies of China's side of the 2026 chapter (and the U.S. agency whose rule
// MOFCOM answered). Roles only as the sources state them.
export const actors2026China = [
  {
    id: 'he-yadong',
    name: 'He Yadong',
    kind: 'person',
    economy: 'CN',
    role: 'Spokesperson of the Ministry of Commerce of the PRC',
    sourceIds: ['chinadailybrief-board-of-trade', 'nashnova-mofcom-july-2'],
  },
  {
    id: 'yan-dong',
    name: 'Yan Dong',
    kind: 'person',
    economy: 'CN',
    role: 'Vice Minister of Commerce of the PRC',
    sourceIds: ['etnet-yan-dong'],
  },
  {
    id: 'lu-daliang',
    name: 'Lü Daliang',
    kind: 'person',
    economy: 'CN',
    role: 'Spokesperson of the General Administration of Customs of the PRC',
    sourceIds: ['etnet-lu-daliang'],
  },
  {
    id: 'gacc',
    name: 'General Administration of Customs of the PRC (GACC)',
    kind: 'institution',
    economy: 'CN',
    role: 'China’s customs; publishes China’s trade figures',
    sourceIds: ['etnet-gacc-2025-trade', 'etnet-lu-daliang'],
  },
  {
    id: 'ministry-of-transport',
    name: 'Ministry of Transport of the PRC',
    kind: 'institution',
    economy: 'CN',
    role: 'Announced the one-year suspension of China’s special port fees on U.S. ships',
    sourceIds: ['people-port-fees-suspended'],
  },
  {
    id: 'sinograin',
    name: 'Sinograin',
    kind: 'institution',
    economy: 'CN',
    role: 'China’s state stockpiler; a buyer of U.S. soybeans after the truce',
    sourceIds: ['devdiscourse-12-mmt'],
  },
  {
    id: 'cofco',
    name: 'COFCO',
    kind: 'institution',
    economy: 'CN',
    role: 'China’s state grain trader; a buyer of U.S. soybeans after the truce',
    sourceIds: ['devdiscourse-12-mmt'],
  },
  {
    id: 'bis',
    name: 'Bureau of Industry and Security, U.S. Department of Commerce (BIS)',
    kind: 'institution',
    economy: 'US',
    role: 'Runs U.S. export controls; suspended its affiliates rule for a year from 10 November 2025',
    sourceIds: ['weiqi-affiliates-rule-suspended'],
  },
] as const satisfies readonly Actor[];
