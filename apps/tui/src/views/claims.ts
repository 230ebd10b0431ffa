import {
  CLAIM_TOPICS,
  type ClaimNoteView,
  type ClaimView,
  claimsView,
  VERDICT_ORDER,
} from '@tradetalks/core';
import {
  claimDetailLines,
  claimItem,
  claimSources,
  claimsPrintLines,
  filteredClaims,
  verdictSummary,
} from '../content/claims';
import { linksOf } from '../content/parts';
import { metaJson, type SourceBook, sourceBook } from '../json/json-parts';
import {
  arrayOf,
  boolean,
  documentSchema,
  ids,
  integer,
  nullable,
  number,
  object,
  string,
} from '../json/schema-parts';
import type { ListEntry } from './view-entry';

const noteJson = (note: ClaimNoteView, book: SourceBook) => ({
  text: note.text,
  figure: note.figure ? { text: note.figure.text, formula: note.figure.formula } : null,
  sourceIds: book.ids(note.sources),
});

const noteSchema = object({
  text: string,
  figure: nullable(object({ text: string, formula: string })),
  sourceIds: ids,
});

const claimJson = (c: ClaimView, book: SourceBook) => ({
  id: c.id,
  topic: c.topic,
  topicLabel: c.topicLabel,
  text: c.text,
  madeBy: c.madeBy,
  speaker: c.speaker ? { name: c.speaker.name, role: c.speaker.role } : null,
  verdict: c.verdict,
  verdictLabel: c.verdictLabel,
  verdictSymbol: c.verdictSymbol,
  verdictMeaning: c.verdictMeaning,
  stated: c.stated,
  recomputedText: c.recomputed,
  recomputedValue: c.recomputedValue ?? null,
  formula: c.formula,
  explanation: c.explanation,
  checkedAgainst: c.checkedAgainst,
  alternatives: c.alternatives.map((a) => ({
    label: a.label,
    recomputedText: a.recomputed,
    formula: a.formula,
    agrees: a.agrees ?? null,
  })),
  context: c.context.map((n) => noteJson(n, book)),
  after: c.after.map((n) => noteJson(n, book)),
  claimSourceIds: book.ids(c.claimSources),
  evidenceSourceIds: book.ids(c.evidenceSources),
});

export const claims: ListEntry<'claims', ClaimView, 'claims'> = {
  id: 'claims',
  kind: 'list',
  title: 'Claims',
  nouns: ['claim', 'claims'],
  command: {
    name: 'claims',
    summary: 'each claim re-checked, findings first, with its verdict and working',
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
  summary: (dataset, width) => verdictSummary(claimsView(dataset), width),
  item: (_dataset, claim, width) => claimItem(claim, width),
  detail: (_dataset, claim, width, selectedUrl) => claimDetailLines(claim, width, selectedUrl),
  links: (_dataset, claim) => linksOf(claimSources(claim)),
  print: (dataset, _query, width) => claimsPrintLines(dataset, width),
  json: (dataset, { today }) => {
    const view = claimsView(dataset);
    const book = sourceBook();
    return {
      ...metaJson('claims', dataset, today),
      total: view.total,
      counts: Object.fromEntries(view.counts.map((c) => [c.verdict, c.count])),
      claims: view.claims.map((c) => claimJson(c, book)),
      sources: book.list(),
    };
  },
  schema: documentSchema(
    'claims',
    'Each claim of the May 2025 article (and the White House’s “up to 245%”), recomputed from the sources, with a verdict; findings first.',
    {
      total: integer,
      counts: object(Object.fromEntries(VERDICT_ORDER.map((v) => [v, integer]))),
      claims: arrayOf(
        object({
          id: string,
          topic: { enum: CLAIM_TOPICS.map((t) => t.id) },
          topicLabel: string,
          text: string,
          madeBy: { type: 'string', description: '“The article”, or who said it and when' },
          speaker: nullable(object({ name: string, role: string })),
          verdict: { enum: [...VERDICT_ORDER] },
          verdictLabel: string,
          verdictSymbol: string,
          verdictMeaning: string,
          stated: string,
          recomputedText: string,
          recomputedValue: {
            ...nullable(number),
            description:
              'the recomputed number, in the stated figure’s unit; null for dates and yes/no checks',
          },
          formula: string,
          explanation: string,
          checkedAgainst: string,
          alternatives: arrayOf(
            object({
              label: string,
              recomputedText: string,
              formula: string,
              agrees: nullable(boolean),
            }),
          ),
          context: arrayOf(noteSchema),
          after: arrayOf(noteSchema),
          claimSourceIds: ids,
          evidenceSourceIds: ids,
        }),
      ),
    },
  ),
};
