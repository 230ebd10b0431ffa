const LEVELS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

/**
 * One character per value, from `▁` (the lowest) to `█` (the highest); a gap for a value
 * that is missing. All-equal values draw a flat middle line.
 */
export const sparkline = (values: readonly (number | undefined)[]): string => {
  const known = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (known.length === 0) return ' '.repeat(values.length);
  const low = Math.min(...known);
  const high = Math.max(...known);
  const top = LEVELS.length - 1;
  return values
    .map((v) => {
      if (v === undefined || !Number.isFinite(v)) return ' ';
      if (high === low) return LEVELS[Math.floor(top / 2)];
      return LEVELS[Math.round(((v - low) / (high - low)) * top)];
    })
    .join('');
};
