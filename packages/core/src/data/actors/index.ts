import type { Actor } from '../../types';
import { actors2018To2025 } from './actors-2018-2025';
import { actors2026 } from './actors-2026';

/** Every person and institution in the story. */
export const actors = [...actors2018To2025, ...actors2026] as const satisfies readonly Actor[];
