import { createContext } from 'react';

/** How lines may be drawn: in colour (off with NO_COLOR or --no-color), with OSC 8 links. */
export const PaintContext = createContext({ color: true, hyperlinks: false });
