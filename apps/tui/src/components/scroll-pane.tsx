import type { PaneScreen } from '../screen/panes';
import { LinesView } from './lines-view';

/** A pane's pinned header, then the part of its body that `scroll` brings on screen. */
export const ScrollPane = ({
  pane,
  scroll,
  height,
}: {
  readonly pane: PaneScreen;
  readonly scroll: number;
  readonly height: number;
}) => {
  const offset = Math.min(scroll, pane.maxScroll);
  return (
    <LinesView
      lines={[...pane.header, ...pane.lines.slice(offset, offset + pane.visible)]}
      height={height}
    />
  );
};
