import type { ListState } from './app-state';
import type { ListShape } from './state-env';

const clamp = (value: number, min: number, max: number) =>
  Math.min(Math.max(value, min), Math.max(min, max));

/** Items from `top` that fit in the list's rows (at least one). */
export const itemsFrom = (shape: ListShape, top: number): number => {
  let used = 0;
  let count = 0;
  for (let i = top; i < shape.count; i++) {
    used += shape.height(i);
    if (used > shape.room && count > 0) break;
    count += 1;
  }
  return Math.max(1, count);
};

/** The first item from which every remaining item fits: the lowest the list scrolls. */
const lastTop = (shape: ListShape): number => {
  let used = 0;
  for (let i = shape.count - 1; i >= 0; i--) {
    used += shape.height(i);
    if (used > shape.room) return i + 1;
  }
  return 0;
};

/**
 * The list with its cursor in range and its first item moved as little as needed for the
 * cursor's item to be on screen whole.
 */
export const keepVisible = (list: ListState, shape: ListShape): ListState => {
  if (shape.count === 0) return { ...list, cursor: 0, top: 0 };
  const cursor = clamp(list.cursor, 0, shape.count - 1);
  let top = clamp(list.top, 0, shape.count - 1);
  if (cursor < top) top = cursor;
  while (top < cursor && top + itemsFrom(shape, top) <= cursor) top += 1;
  return { ...list, cursor, top: Math.min(top, Math.max(lastTop(shape), 0), cursor) };
};
