import { createContext } from 'react';

/** Whether tones may be drawn in colour (off with NO_COLOR or --no-color). */
export const ColorContext = createContext(true);
