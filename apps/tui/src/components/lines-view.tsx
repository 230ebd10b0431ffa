import { Box, Text } from 'ink';
import { useContext } from 'react';
import { lineToAnsi } from '../app/host';
import { PaintContext } from '../app/paint-context';
import type { Line } from '../lines/line';

// Lines are built once per content and width, so the same Line object comes back frame
// after frame: its escape codes are worked out once.
const caches = new Map<string, WeakMap<Line, string>>();

const ansiOf = (line: Line, color: boolean, hyperlinks: boolean): string => {
  const key = `${color}|${hyperlinks}`;
  let store = caches.get(key);
  if (store === undefined) {
    store = new WeakMap();
    caches.set(key, store);
  }
  let text = store.get(line);
  if (text === undefined) {
    text = lineToAnsi(line, { color, attributes: true, hyperlinks }) || ' ';
    store.set(line, text);
  }
  return text;
};

/**
 * Rows one under the other, in a box of `height` rows when given (the rest left blank): one
 * Ink `<Text>` whose styles are already escape codes, so Ink lays out one node, not one per
 * row or segment. Every row is built to fit, so nothing wraps and nothing is clipped.
 */
export const LinesView = ({
  lines,
  height,
}: {
  readonly lines: readonly Line[];
  readonly height?: number;
}) => {
  const { color, hyperlinks } = useContext(PaintContext);
  return (
    <Box flexDirection="column" {...(height === undefined ? {} : { height })}>
      <Text>{lines.map((line) => ansiOf(line, color, hyperlinks)).join('\n')}</Text>
    </Box>
  );
};
