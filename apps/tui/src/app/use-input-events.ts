import { useStdin } from 'ink';
import { useEffect, useRef } from 'react';
import type { InputEvent } from '../input/decode-input';
import { createInputDecoder } from './host';

/**
 * Every piece of input as events, in order, a chunk at a time: `onEvents` gets all the keys
 * of one read together, so they can be handled in one go and drawn in one frame. The app
 * reads stdin itself (raw mode on, as UTF-8) rather than through Ink's `useInput`, which
 * hands over a run of plain keys (`j\r`, `\t\t`) as one string and has no paste.
 */
export const useInputEvents = (onEvents: (events: readonly InputEvent[]) => void): void => {
  const { stdin } = useStdin();
  const latest = useRef(onEvents);
  latest.current = onEvents;
  useEffect(() => {
    const decoder = createInputDecoder();
    let flush: NodeJS.Immediate | NodeJS.Timeout | undefined;
    const deliver = (events: readonly InputEvent[]) => {
      if (events.length > 0) latest.current(events);
    };
    const onData = (data: string | Buffer) => {
      if (flush !== undefined) clearTimeout(flush as NodeJS.Timeout);
      flush = undefined;
      deliver(decoder.push(typeof data === 'string' ? data : data.toString('utf8')));
      // What a read left unfinished is given up on when nothing follows: a lone ESC at
      // once (the Escape key), a paste that lost its end marker after a second.
      if (decoder.pending) {
        flush = setTimeout(() => deliver(decoder.flush()), decoder.pending === 'paste' ? 1000 : 0);
      }
    };
    stdin.setEncoding('utf8');
    if (stdin.isTTY) stdin.setRawMode(true);
    stdin.on('data', onData);
    stdin.resume();
    return () => {
      if (flush !== undefined) clearTimeout(flush as NodeJS.Timeout);
      stdin.off('data', onData);
      if (stdin.isTTY) stdin.setRawMode(false);
      stdin.pause();
    };
  }, [stdin]);
};
