import type { Actor } from '../../types';
import { joinChapters } from '../join';
import { actors2018To2025 } from './actors-2018-2025';
import { actors2026 } from './actors-2026';
import { actors2026China } from './actors-2026-china';
import { actors2026Talks } from './actors-2026-talks';

/** Every person and institution in the story. */
export const actors = /* @__PURE__ */ joinChapters(
  actors2018To2025,
  actors2026,
  actors2026China,
  actors2026Talks,
) satisfies readonly Actor[];
