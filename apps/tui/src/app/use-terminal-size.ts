import { useStdout } from 'ink';
import { useEffect, useState } from 'react';
import type { Viewport } from '../state/app-state';

const FALLBACK: Viewport = { columns: 80, rows: 24 };

const sizeOf = (stream: NodeJS.WriteStream): Viewport => ({
  columns: stream.columns || FALLBACK.columns,
  rows: stream.rows || FALLBACK.rows,
});

/** The terminal's size, updated when it is resized. */
export const useTerminalSize = (): Viewport => {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => sizeOf(stdout));
  useEffect(() => {
    const onResize = () => setSize(sizeOf(stdout));
    stdout.on('resize', onResize);
    onResize();
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
};
