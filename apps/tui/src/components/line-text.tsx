import { Text } from 'ink';
import { memo, useContext } from 'react';
import { ColorContext } from '../app/color-context';
import type { Line } from '../lines/line';
import { lineToAnsi } from '../lines/render-text';

// Lines are built once per content and width, so the same Line object comes back frame
// after frame: its escape codes are worked out once.
const cache = { color: new WeakMap<Line, string>(), plain: new WeakMap<Line, string>() };

const ansiOf = (line: Line, color: boolean): string => {
  const store = color ? cache.color : cache.plain;
  let text = store.get(line);
  if (text === undefined) {
    text = lineToAnsi(line, { color, attributes: true }) || ' ';
    store.set(line, text);
  }
  return text;
};

/**
 * One row of the screen as one Ink `<Text>`, its styles already written as escape codes:
 * one node per row instead of one per segment. Rows are built to fit the width.
 */
export const LineText = memo(({ line }: { readonly line: Line }) => {
  const color = useContext(ColorContext);
  return <Text>{ansiOf(line, color)}</Text>;
});
