import { useStdout } from 'ink';
import { useEffect, useRef } from 'react';
import type { Viewport } from '../state/app-state';

const FALLBACK: Viewport = { columns: 80, rows: 24 };

/** The size of the terminal Ink draws to (80×24 when it cannot tell). */
export const useTerminalSize = (): Viewport => {
  const { stdout } = useStdout();
  return { columns: stdout.columns || FALLBACK.columns, rows: stdout.rows || FALLBACK.rows };
};

/**
 * Call `onResize` with the new size whenever the terminal is resized, straight from the
 * event, so the next frame is drawn at the new size in one go. It listens ahead of Ink's
 * own handler, which redraws the tree it has: by then that is the tree for the new size,
 * so no frame laid out for the old size reaches the screen.
 */
export const useOnResize = (onResize: (size: Viewport) => void): void => {
  const { stdout } = useStdout();
  const latest = useRef(onResize);
  latest.current = onResize;
  useEffect(() => {
    const handler = () =>
      latest.current({
        columns: stdout.columns || FALLBACK.columns,
        rows: stdout.rows || FALLBACK.rows,
      });
    stdout.prependListener('resize', handler);
    return () => {
      stdout.off('resize', handler);
    };
  }, [stdout]);
};
