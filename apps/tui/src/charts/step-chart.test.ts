import { describe, expect, it } from 'vitest';
import { lineText, lineWidth } from '../lines/line';
import { STEP_GLYPHS, stepChart } from './step-chart';

const steps = [
  { date: '2018-07-06', value: 0, upper: 25 },
  { date: '2025-04-10', value: 145, upper: 170 },
  { date: '2025-04-11', value: 30, upper: 55 },
];

const chart = (width: number, marker?: string) =>
  stepChart({
    steps,
    from: '2018-01-01',
    to: '2025-11-10',
    width,
    height: 6,
    scale: 170,
    formatValue: (v) => `${v}%`,
    marker: marker ? { date: marker, label: marker } : undefined,
  });

describe('stepChart', () => {
  it.each([30, 60, 118])('fits %i columns: plot rows, axis, years', (width) => {
    const lines = chart(width);
    expect(lines).toHaveLength(6 + 2);
    for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(width);
  });

  it('keeps a one-day peak visible in a column that covers weeks', () => {
    const top = lineText(chart(30)[0] ?? []);
    expect(top).toMatch(/[▁▂▃▄▅▆▇█]/);
  });

  it('labels the top of the scale and zero on the axis', () => {
    const lines = chart(60).map(lineText);
    expect(lines[0]?.startsWith('170%┤')).toBe(true);
    expect(lines[6]?.trimStart().startsWith('0%┴')).toBe(true);
    expect(lines[7]).toContain('2018');
  });

  it('points at the marked day under the axis and marks its column in empty space', () => {
    const lines = chart(60, '2020-01-01').map(lineText);
    const pointer = lines[8] ?? '';
    expect(pointer).toContain(`${STEP_GLYPHS.pointer} 2020-01-01`);
    const column = pointer.indexOf(STEP_GLYPHS.pointer);
    expect(lines[0]?.[column]).toBe(STEP_GLYPHS.marker);
  });

  it('draws the upper line where it rises above an empty area', () => {
    const bottom = lineText(chart(60)[5] ?? []);
    expect(bottom).toContain(STEP_GLYPHS.upper);
  });
});
