import { inverted, type Line, padLine, seg } from '../lines/line';
import type { ListScreen } from '../screen/lists';
import type { ListState } from '../state/app-state';
import { LinesView } from './lines-view';

const MARK = '› ';
const GAP = '  ';

/**
 * A list's header, then the items that fit from `list.top`. The selected item is reversed
 * and marked with ›, so it shows without colour or reverse video too.
 */
export const ListPane = ({
  screen,
  list,
  width,
  height,
}: {
  readonly screen: ListScreen;
  readonly list: ListState;
  readonly width: number;
  readonly height: number;
}) => {
  const rows: Line[] = [...screen.header];
  const end = Math.min(screen.count, list.top + screen.visible);
  for (let index = list.top; index < end; index++) {
    const selected = index === list.cursor;
    screen.item(index).forEach((line, row) => {
      const marked: Line = [
        seg(selected && row === 0 ? MARK : GAP, selected ? 'accent' : 'plain', selected),
        ...line,
      ];
      rows.push(selected ? inverted(padLine(marked, width)) : marked);
    });
  }
  if (screen.count === 0)
    rows.push([seg(`${GAP}Nothing matches. Esc clears the filter.`, 'muted')]);
  return <LinesView lines={rows} height={height} />;
};
