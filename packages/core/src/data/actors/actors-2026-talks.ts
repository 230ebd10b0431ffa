import type { Actor } from '../../types';

// People of the 2025–2026 talks not already in the story, with their roles as the cited
// sources give them.
export const actors2026Talks = [
  {
    id: 'wang-yi',
    name: 'Wang Yi',
    kind: 'person',
    economy: 'CN',
    role: 'China’s top diplomat; briefed the press on the Beijing summit of May 2026',
    sourceIds: ['netease-wang-yi-briefing'],
  },
  {
    id: 'li-chenggang',
    name: 'Li Chenggang',
    kind: 'person',
    economy: 'CN',
    role: 'International trade negotiator and Vice Minister of Commerce of the PRC',
    sourceIds: ['investor-paris-outcome'],
  },
] as const satisfies readonly Actor[];
