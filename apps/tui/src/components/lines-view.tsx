import { Box } from 'ink';
import type { Line } from '../lines/line';
import { LineText } from './line-text';

/**
 * Rows one under the other, in a box of `height` rows when given (the rest left blank).
 * No clipping: every row is built to fit, and clipping would make Ink re-measure each one.
 */
export const LinesView = ({
  lines,
  height,
}: {
  readonly lines: readonly Line[];
  readonly height?: number;
}) => (
  <Box flexDirection="column" {...(height === undefined ? {} : { height })}>
    {lines.map((line, i) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: a row is its place on the screen
      <LineText key={i} line={line} />
    ))}
  </Box>
);
