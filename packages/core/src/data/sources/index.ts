import type { Source } from '../../types';
import { joinChapters } from '../join';
import { sources2018To2025 } from './sources-2018-2025';
import { sources2026China } from './sources-2026-china';
import { sources2026Series } from './sources-2026-series';
import { sources2026Talks } from './sources-2026-talks';
import { sources2026Tariffs } from './sources-2026-tariffs';

/** Every source a record cites, by chapter of the story. */
export const sources = /* @__PURE__ */ joinChapters(
  sources2018To2025,
  sources2026Tariffs,
  sources2026China,
  sources2026Talks,
  sources2026Series,
) satisfies readonly Source[];
