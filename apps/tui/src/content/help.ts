import { VERDICTS, type Verdict } from '@tradetalks/core';
import { BAR_GLYPHS } from '../charts/bar';
import { STEP_GLYPHS } from '../charts/step-chart';
import { bindingGroups } from '../keys/keys-table';
import { BLANK, type Line, labelled, seg } from '../lines/line';
import { heading } from './parts';

const SYMBOLS: readonly (readonly [string, string])[] = [
  ['▲ ▼ =', 'a rise, a fall, no change'],
  [`${BAR_GLYPHS.full} ${BAR_GLYPHS.range}`, 'a bar; the shaded end spans a range of rates'],
  [STEP_GLYPHS.upper, 'in a tariff chart: the most a listed good carried'],
  [`${STEP_GLYPHS.marker} ${STEP_GLYPHS.pointer}`, 'in a tariff chart: the day shown'],
  ['—', 'a figure that is not verified'],
];

/** The help screen: every key from the key-binding table, then what the symbols mean. */
export const helpLines = (width: number): Line[] => {
  const keyColumn = 14;
  const keys = bindingGroups().flatMap((group, i) => [
    ...(i === 0 ? [] : [BLANK]),
    ...heading(group.title, '', width),
    ...group.bindings.flatMap((b) =>
      labelled(b.label, b.description, width, { labelWidth: keyColumn, stackBelow: 0 }).map(
        (line, row) =>
          row === 0 ? line.map((s, k) => (k === 1 ? { ...s, tone: 'key' as const } : s)) : line,
      ),
    ),
  ]);
  const verdicts = (Object.keys(VERDICTS) as Verdict[]).flatMap((v) =>
    labelled(`${VERDICTS[v].symbol} ${VERDICTS[v].label}`, VERDICTS[v].meaning, width, {
      labelWidth: keyColumn + 2,
      stackBelow: 0,
    }),
  );
  const symbols = SYMBOLS.flatMap(([glyph, meaning]) =>
    labelled(glyph, meaning, width, { labelWidth: keyColumn, stackBelow: 0 }),
  );
  return [
    ...keys,
    BLANK,
    ...heading('Verdicts', 'on the Claims view', width),
    ...verdicts,
    BLANK,
    ...heading('Symbols', '', width),
    ...symbols,
    BLANK,
    [seg('  Esc or ? closes this help.', 'muted')],
  ];
};
