import type { Event } from '../../types';
import { joinChapters } from '../join';
import { events2018To2025 } from './events-2018-2025';
import { events2026China } from './events-2026-china';
import { events2026Talks } from './events-2026-talks';
import { events2026Tariffs } from './events-2026-tariffs';

/** Every event, by chapter of the story (order within the list does not matter). */
export const events = /* @__PURE__ */ joinChapters(
  events2018To2025,
  events2026Tariffs,
  events2026China,
  events2026Talks,
) satisfies readonly Event[];
