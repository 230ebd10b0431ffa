import { type ClaimResult, VERDICTS, verdictCounts } from '@tradetalks/core';
import {
  claimDetailLines,
  claimItem,
  claimResults,
  claimsPrintLines,
  filteredClaims,
  verdictSummary,
} from '../content/claims';
import { metaJson, sourcesJson } from '../json/json-parts';
import {
  arrayOf,
  documentSchema,
  ids,
  integer,
  number,
  object,
  source,
  string,
} from '../json/schema-parts';
import { linksOf } from './links';
import type { ListEntry } from './view-entry';

const VERDICT_IDS = Object.keys(VERDICTS);

const recomputedSchema = {
  oneOf: [
    { type: 'null' },
    {
      type: 'object',
      required: ['kind'],
      properties: {
        kind: string,
        value: { type: ['number', 'string'] },
        unit: string,
        interval: object({ low: number, high: number }),
      },
    },
  ],
};

export const claims: ListEntry<'claims', ClaimResult, 'claims'> = {
  id: 'claims',
  kind: 'list',
  title: 'Claims',
  nouns: ['claim', 'claims'],
  command: {
    name: 'claims',
    summary: 'each claim of the article, its verdict and working',
    examples: [
      ['tradetalks claims', 'every claim with its verdict, the figure recomputed and why'],
      ["tradetalks claims --json | jq '.counts'", 'how many claims got each verdict'],
      [
        'tradetalks claims --json | jq -r \'.claims[] | select(.verdict != "consistent") | .text\'',
        'the claims that do not hold as stated',
      ],
    ],
  },
  items: filteredClaims,
  summary: (dataset, width) => verdictSummary(claimResults(dataset), width),
  item: (_dataset, result, width) => claimItem(result, width),
  detail: claimDetailLines,
  links: (dataset, result) =>
    linksOf(dataset, [...result.claim.sourceIds, ...result.evidenceSourceIds]),
  print: (dataset, _query, width) => claimsPrintLines(dataset, width),
  json: (dataset) => {
    const results = claimResults(dataset);
    return {
      ...metaJson('claims', dataset),
      counts: verdictCounts(results),
      claims: results.map(({ claim, ...result }) => ({
        id: claim.id,
        topic: claim.topic,
        text: claim.text,
        stated: result.stated,
        recomputed: result.recomputed ?? null,
        recomputedText: result.recomputedText,
        formula: result.formula,
        verdict: result.verdict,
        verdictLabel: VERDICTS[result.verdict].label,
        verdictSymbol: VERDICTS[result.verdict].symbol,
        explanation: result.explanation,
        alternatives: result.alternatives,
        checkedAgainst: claim.checkedAgainst,
        context: claim.context ?? [],
        sourceIds: claim.sourceIds,
        evidenceSourceIds: result.evidenceSourceIds,
      })),
      sources: sourcesJson(
        dataset,
        results.flatMap((r) => [...r.claim.sourceIds, ...r.evidenceSourceIds]),
      ),
    };
  },
  schema: documentSchema(
    'claims',
    'Each claim of the May 2025 article, recomputed from the sources, with a verdict.',
    {
      counts: object(Object.fromEntries(VERDICT_IDS.map((v) => [v, integer]))),
      claims: arrayOf(
        object({
          id: string,
          topic: string,
          text: string,
          stated: string,
          recomputed: recomputedSchema,
          recomputedText: string,
          formula: string,
          verdict: { enum: VERDICT_IDS },
          verdictLabel: string,
          verdictSymbol: string,
          explanation: string,
          alternatives: arrayOf({ type: 'object' }),
          checkedAgainst: { enum: ['own-figures', 'sources'] },
          context: arrayOf(object({ text: string, sourceIds: ids }, ['sourceIds'])),
          sourceIds: ids,
          evidenceSourceIds: ids,
        }),
      ),
      sources: arrayOf(source),
    },
  ),
};
