import type { Statement } from '../../types';
import { joinChapters } from '../join';
import { statements2018To2025 } from './statements-2018-2025';
import { statements2026China } from './statements-2026-china';
import { statements2026Talks } from './statements-2026-talks';

/** Every attributed quote and paraphrase, by chapter of the story. */
export const statements = /* @__PURE__ */ joinChapters(
  statements2018To2025,
  statements2026China,
  statements2026Talks,
) satisfies readonly Statement[];
