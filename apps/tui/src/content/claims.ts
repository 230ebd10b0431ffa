import {
  type ClaimResult,
  checkClaims,
  type Dataset,
  formatRecomputed,
  VERDICTS,
  type Verdict,
  verdictCounts,
} from '@tradetalks/core';
import {
  BLANK,
  besidePrefix,
  type Line,
  labelled,
  paragraph,
  type Segment,
  seg,
  type Tone,
  wrapLine,
} from '../lines/line';
import { perDataset } from '../model/memo';
import { pad, textWidth } from '../text/width';
import { hanging, heading, sourceListLines } from './parts';
import { NARROW } from './timeline';

export const claimResults = perDataset(checkClaims);

const VERDICT_WIDTH = 15;
const STATED_WIDTH = 15;

const verdictTone = (verdict: Verdict): Tone =>
  verdict === 'consistent' ? 'up' : verdict === 'unverifiable' ? 'muted' : 'warn';

/** "✓ Consistent": the verdict's symbol and its word, never the colour alone. */
export const verdictSegment = (verdict: Verdict): Segment =>
  seg(`${VERDICTS[verdict].symbol} ${VERDICTS[verdict].label}`, verdictTone(verdict), true);

/** Claims whose text, topic, stated figure or verdict contain `filter`, case-insensitive. */
export const filteredClaims = (dataset: Dataset, filter: string): readonly ClaimResult[] => {
  const needle = filter.trim().toLowerCase();
  const all = claimResults(dataset);
  if (needle === '') return all;
  return all.filter((r) =>
    [r.claim.text, r.claim.topic, r.stated, VERDICTS[r.verdict].label]
      .join(' ')
      .toLowerCase()
      .includes(needle),
  );
};

/** "✓ 20 Consistent · ≠ 1 Mislabelled …": only the verdicts that occur, wrapped, every count kept. */
export const verdictSummary = (results: readonly ClaimResult[], width: number): Line[] => {
  const counts = verdictCounts(results);
  // Each verdict's symbol, count and word stay together on a row; rows break between them.
  const rows: Segment[][] = [[]];
  let used = 0;
  for (const v of (Object.keys(VERDICTS) as Verdict[]).filter((v) => counts[v] > 0)) {
    const part = seg(`${VERDICTS[v].symbol} ${counts[v]} ${VERDICTS[v].label}`, verdictTone(v));
    const row = rows[rows.length - 1] as Segment[];
    const gap = row.length === 0 ? 0 : 3;
    if (row.length > 0 && used + gap + textWidth(part.text) > width) {
      rows.push([part]);
      used = textWidth(part.text);
      continue;
    }
    if (gap > 0) row.push(seg(' · ', 'muted'));
    row.push(part);
    used += gap + textWidth(part.text);
  }
  return rows;
};

/** One claim as a list item: verdict, the figure stated, the claim, wrapped, never cut. */
export const claimItem = (result: ClaimResult, width: number): Line[] => {
  const verdict = verdictSegment(result.verdict);
  if (width < NARROW) {
    return [
      ...wrapLine([verdict, seg(` · ${result.stated}`)], width),
      ...besidePrefix(BLANK, 2, [seg(result.claim.text, 'muted')], width),
    ];
  }
  return besidePrefix(
    [
      { ...verdict, text: pad(verdict.text, VERDICT_WIDTH - 1) },
      seg(' '),
      seg(pad(result.stated, STATED_WIDTH - 1), 'plain', true),
    ],
    VERDICT_WIDTH + STATED_WIDTH,
    [seg(result.claim.text)],
    width,
  );
};

/** A claim's working: stated against recomputed, the formula, the verdict and why. */
export const claimDetailLines = (
  dataset: Dataset,
  result: ClaimResult,
  width: number,
  selectedUrl?: string,
): Line[] => {
  const { claim } = result;
  const lines: Line[] = [
    ...paragraph(claim.text, width, 'heading'),
    BLANK,
    ...labelled(
      'Verdict',
      [verdictSegment(result.verdict), seg(` — ${VERDICTS[result.verdict].meaning}`, 'muted')],
      width,
    ),
    ...labelled('Stated', [seg(result.stated, 'plain', true)], width),
    ...labelled('Recomputed', [seg(result.recomputedText, 'plain', true)], width),
    ...labelled('Formula', result.formula, width),
    ...labelled('Why', result.explanation, width),
    ...labelled(
      'Checked',
      claim.checkedAgainst === 'own-figures'
        ? 'against the article’s own figures'
        : 'against independent sources',
      width,
    ),
  ];
  if (result.alternatives.length > 0) {
    lines.push(
      BLANK,
      ...heading('Other definitions', 'the same check, another vintage or basis', width),
    );
    for (const alt of result.alternatives) {
      const holds =
        alt.agrees === undefined
          ? '? cannot say'
          : alt.agrees
            ? '✓ also matches'
            : '✗ does not match';
      lines.push(
        ...labelled(
          alt.label,
          [
            seg(formatRecomputed(alt.recomputed), 'plain', true),
            seg(`  ${holds}`, alt.agrees ? 'up' : 'warn'),
            seg(` — ${alt.formula}`, 'muted'),
          ],
          width,
          { labelWidth: 22 },
        ),
      );
    }
  }
  if (claim.context && claim.context.length > 0) {
    lines.push(BLANK, ...heading('Context', '', width));
    for (const note of claim.context) lines.push(...paragraph(`• ${note.text}`, width, 'plain', 2));
  }
  const evidence = result.evidenceSourceIds.filter((id) => !claim.sourceIds.includes(id));
  lines.push(
    BLANK,
    ...heading('Claimed in', '', width),
    ...sourceListLines(dataset, claim.sourceIds, width, 2, selectedUrl),
  );
  if (evidence.length > 0) {
    lines.push(
      BLANK,
      ...heading('Checked against', '', width),
      ...sourceListLines(dataset, evidence, width, 2, selectedUrl),
    );
  }
  return lines;
};

/** Every claim, worked, for print. */
export const claimsPrintLines = (dataset: Dataset, width: number): Line[] => {
  const results = claimResults(dataset);
  const lines: Line[] = [
    ...heading('Claims', 'the article’s figures, re-checked', width),
    ...verdictSummary(results, width),
  ];
  for (const r of results) {
    lines.push(
      BLANK,
      ...hanging(
        [verdictSegment(r.verdict), seg('  '), seg(r.claim.text, 'plain', true)],
        width,
        0,
      ),
      ...labelled('Stated', r.stated, width),
      ...labelled('Recomputed', r.recomputedText, width),
      ...labelled('Formula', r.formula, width),
      ...labelled('Why', r.explanation, width),
    );
  }
  return lines;
};
