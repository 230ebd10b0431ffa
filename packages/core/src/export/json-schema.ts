import { z } from 'zod';
import { Dataset } from '../schemas/dataset';

/**
 * The dataset's JSON Schema (draft 2020-12), generated from the zod schemas. Cross-record
 * rules (ids that must resolve) cannot be said in JSON Schema; `parseDataset` checks those.
 */
export const datasetJsonSchema = (): Record<string, unknown> => ({
  ...z.toJSONSchema(Dataset, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }),
  title: 'tradetalks dataset',
  description:
    'The numbers behind the U.S.–China trade conflict, each with its sources. Generated from the zod schemas of @tradetalks/core.',
});
