import type { Statement } from '../../types';
import { statements2018To2025 } from './statements-2018-2025';

/** Every attributed quote and paraphrase, by chapter of the story. */
export const statements = [...statements2018To2025] as const satisfies readonly Statement[];
