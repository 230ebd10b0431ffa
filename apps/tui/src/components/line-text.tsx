import { Text } from 'ink';
import { memo, useContext } from 'react';
import { ColorContext } from '../app/color-context';
import type { Line, Segment } from '../lines/line';
import { type ColorName, TONE_STYLES } from '../lines/tones';

interface SegmentStyle {
  color?: ColorName;
  bold?: boolean;
  dimColor?: boolean;
  inverse?: boolean;
}

const styleOf = (segment: Segment, color: boolean): SegmentStyle => {
  const tone = TONE_STYLES[segment.tone ?? 'plain'];
  const style: SegmentStyle = {};
  if (color && tone.color) style.color = tone.color;
  if (tone.bold || segment.bold) style.bold = true;
  if (tone.dim && !segment.inverse) style.dimColor = true;
  if (segment.inverse) style.inverse = true;
  return style;
};

/** One row of the screen. Rows are built to fit; truncation only guards the edge. */
export const LineText = memo(({ line }: { readonly line: Line }) => {
  const color = useContext(ColorContext);
  if (line.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {line.map((segment, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity but their place
        <Text key={i} {...styleOf(segment, color)}>
          {segment.text}
        </Text>
      ))}
    </Text>
  );
});
