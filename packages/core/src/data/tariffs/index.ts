import type { TariffLayer, TariffMeasure } from '../../types';
import { joinChapters } from '../join';
import { layers2018To2025 } from './layers-2018-2025';
import { layers2024Review } from './layers-2024-review';
import { layers2026 } from './layers-2026';
import { measures2018To2025 } from './measures-2018-2025';
import { measures2024Review } from './measures-2024-review';
import { measures2026 } from './measures-2026';

/** The lines of duty each side stacks. What a stack leaves out is said in `STACK_SCOPE`. */
export const tariffLayers = /* @__PURE__ */ joinChapters(
  layers2018To2025,
  layers2024Review,
  layers2026,
) satisfies readonly TariffLayer[];

/** Every dated action that set a layer's rate. */
export const tariffMeasures = /* @__PURE__ */ joinChapters(
  measures2018To2025,
  measures2024Review,
  measures2026,
) satisfies readonly TariffMeasure[];
