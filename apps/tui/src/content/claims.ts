import {
  type ClaimNoteView,
  type ClaimsView,
  type ClaimView,
  claimsView,
  type Dataset,
  type SourceRef,
  type Verdict,
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
import { pad, textWidth } from '../text/width';
import { hanging, heading, sourceListLines } from './parts';
import { NARROW } from './timeline';

const VERDICT_WIDTH = 15;
const STATED_WIDTH = 15;

const verdictTone = (verdict: Verdict): Tone =>
  verdict === 'consistent' ? 'up' : verdict === 'unverifiable' ? 'muted' : 'warn';

/** "✓ Consistent": the verdict's symbol and its word, never the colour alone. */
export const verdictSegment = (claim: ClaimView): Segment =>
  seg(`${claim.verdictSymbol} ${claim.verdictLabel}`, verdictTone(claim.verdict), true);

/** Claims (findings first) whose words, topic, figure, verdict or speaker contain `filter`. */
export const filteredClaims = (dataset: Dataset, filter: string): readonly ClaimView[] => {
  const needle = filter.trim().toLowerCase();
  const all = claimsView(dataset).claims;
  if (needle === '') return all;
  return all.filter((c) =>
    [c.text, c.topicLabel, c.stated, c.verdictLabel, c.madeBy]
      .join(' ')
      .toLowerCase()
      .includes(needle),
  );
};

/** "⚠ 2 Disputed · ≠ 1 Mislabelled …": the verdicts that occur, wrapped, every count kept. */
export const verdictSummary = (view: ClaimsView, width: number): Line[] => {
  // Each verdict's symbol, count and word stay together on a row; rows break between them.
  const rows: Segment[][] = [[]];
  let used = 0;
  for (const c of view.counts.filter((x) => x.count > 0)) {
    const part = seg(`${c.symbol} ${c.count} ${c.label}`, verdictTone(c.verdict));
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

/** The claim's words, with who made it when it is not the article. */
const claimWords = (claim: ClaimView, tone: Tone = 'plain'): Segment[] => [
  ...(claim.speaker === undefined ? [] : [seg(`${claim.madeBy}: `, 'muted')]),
  seg(claim.text, tone),
];

/** One claim as a list item: verdict, the figure stated, the claim, wrapped, never cut. */
export const claimItem = (claim: ClaimView, width: number): Line[] => {
  const verdict = verdictSegment(claim);
  if (width < NARROW) {
    return [
      ...wrapLine([verdict, seg(` · ${claim.stated}`)], width),
      ...besidePrefix(BLANK, 2, claimWords(claim, 'muted'), width),
    ];
  }
  return besidePrefix(
    [
      { ...verdict, text: pad(verdict.text, VERDICT_WIDTH - 1) },
      seg(' '),
      seg(pad(claim.stated, STATED_WIDTH - 1), 'plain', true),
    ],
    VERDICT_WIDTH + STATED_WIDTH,
    claimWords(claim),
    width,
  );
};

/** A note beside a claim, with the figure core computed for it and that figure's working. */
const noteLines = (note: ClaimNoteView, width: number): Line[] => [
  ...hanging([seg('• '), seg(note.text)], width),
  ...(note.figure === undefined
    ? []
    : // The formula ends in the figure it gives: "420.05 ÷ 3,771.87 × 100 = 11.14%".
      hanging([seg(note.figure.formula, 'muted')], width, 4)),
];

/** Every source a claim rests on: where it was made, what it was checked against, its notes. */
export const claimSources = (claim: ClaimView): SourceRef[] => [
  ...claim.claimSources,
  ...claim.evidenceSources,
  ...claim.context.flatMap((n) => n.sources),
  ...claim.after.flatMap((n) => n.sources),
];

/** A claim's working: stated against recomputed, the formula, the verdict and why. */
export const claimDetailLines = (claim: ClaimView, width: number, selectedUrl?: string): Line[] => {
  const lines: Line[] = [
    ...paragraph(claim.text, width, 'heading'),
    BLANK,
    ...labelled('Made by', claim.madeBy, width),
    ...labelled('Topic', claim.topicLabel, width),
    ...labelled(
      'Verdict',
      [verdictSegment(claim), seg(` — ${claim.verdictMeaning}`, 'muted')],
      width,
    ),
    ...labelled('Stated', [seg(claim.stated, 'plain', true)], width),
    ...labelled('Recomputed', [seg(claim.recomputed, 'plain', true)], width),
    ...labelled('Formula', claim.formula, width),
    ...labelled('Why', claim.explanation, width),
    ...paragraph(claim.checkedAgainst, width, 'muted', 2),
  ];
  if (claim.alternatives.length > 0) {
    lines.push(
      BLANK,
      ...heading('Other definitions', 'the same check, another vintage or basis', width),
    );
    for (const alt of claim.alternatives) {
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
            seg(alt.recomputed, 'plain', true),
            seg(`  ${holds}`, alt.agrees ? 'up' : 'warn'),
            seg(` — ${alt.formula}`, 'muted'),
          ],
          width,
          { labelWidth: 22 },
        ),
      );
    }
  }
  if (claim.context.length > 0) {
    lines.push(BLANK, ...heading('Context', '', width));
    for (const note of claim.context) lines.push(...noteLines(note, width));
  }
  if (claim.after.length > 0) {
    lines.push(BLANK, ...heading('What came after', '', width));
    for (const note of claim.after) lines.push(...noteLines(note, width));
  }
  const claimed = new Set(claim.claimSources.map((s) => s.id));
  const evidence = claim.evidenceSources.filter((s) => !claimed.has(s.id));
  const notes = [...claim.context, ...claim.after].flatMap((n) => n.sources);
  const shown = new Set([...claimed, ...evidence.map((s) => s.id)]);
  const noteSources = notes.filter((s) => !shown.has(s.id));
  lines.push(
    BLANK,
    ...heading('Claimed in', '', width),
    ...sourceListLines(claim.claimSources, width, 2, selectedUrl),
  );
  if (evidence.length > 0) {
    lines.push(
      BLANK,
      ...heading('Checked against', '', width),
      ...sourceListLines(evidence, width, 2, selectedUrl),
    );
  }
  if (noteSources.length > 0) {
    lines.push(
      BLANK,
      ...heading('Behind the notes', '', width),
      ...sourceListLines(noteSources, width, 2, selectedUrl),
    );
  }
  return lines;
};

/** Every claim, findings first, worked, for print. */
export const claimsPrintLines = (dataset: Dataset, width: number): Line[] => {
  const view = claimsView(dataset);
  const lines: Line[] = [
    ...heading('Claims', 'the article’s figures, re-checked, findings first', width),
    ...verdictSummary(view, width),
  ];
  for (const c of view.claims) {
    lines.push(
      BLANK,
      ...hanging([verdictSegment(c), seg('  '), ...claimWords(c)], width, 0),
      ...labelled('Stated', c.stated, width),
      ...labelled('Recomputed', c.recomputed, width),
      ...labelled('Formula', c.formula, width),
      ...labelled('Why', c.explanation, width),
      ...c.after.flatMap((n) => labelled('After', n.text, width)),
    );
  }
  return lines;
};
