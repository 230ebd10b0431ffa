// Turns what the terminal sends into input events, one per key, in order. A read from a
// terminal can hold many keys: auto-repeat, a fast typist, a script, SSH and tmux all send
// several in one write, and escape sequences, mouse reports and pastes arrive whole or in
// pieces. Nothing here knows the app; `key-bindings.ts` gives the names meaning.

/** What one piece of input was. */
export type InputEvent =
  /** A key, named as the key-binding table writes it; `text` when it types a character. */
  | { readonly kind: 'key'; readonly name: string; readonly text?: string }
  /** Text pasted with bracketed paste on: never shortcuts, only text. */
  | { readonly kind: 'paste'; readonly text: string }
  | { readonly kind: 'wheel'; readonly direction: 'up' | 'down' };

const ESC = '\u001b';
const PASTE_START = `${ESC}[200~`;
const PASTE_END = `${ESC}[201~`;

/** CSI and SS3 sequences by their final part, as xterm, tmux, VTE and the Linux console send them. */
const SEQUENCES: Readonly<Record<string, string>> = {
  '[A': 'up',
  '[B': 'down',
  '[C': 'right',
  '[D': 'left',
  OA: 'up',
  OB: 'down',
  OC: 'right',
  OD: 'left',
  '[H': 'home',
  '[F': 'end',
  OH: 'home',
  OF: 'end',
  '[1~': 'home',
  '[7~': 'home',
  '[4~': 'end',
  '[8~': 'end',
  '[2~': 'insert',
  '[3~': 'delete',
  '[5~': 'pageup',
  '[6~': 'pagedown',
  '[Z': 'shift+tab',
};

/** xterm's modifier parameter: 2 shift, 3 alt, 5 ctrl, and their sums plus one. */
const modifierPrefix = (parameter: number): string => {
  const bits = parameter - 1;
  return `${bits & 4 ? 'ctrl+' : ''}${bits & 2 ? 'alt+' : ''}${bits & 1 ? 'shift+' : ''}`;
};

/** A control character's key: Ctrl+A is 0x01, Ctrl+Z 0x1a; some have names of their own. */
const controlKey = (code: number): string => {
  if (code === 0x09) return 'tab';
  if (code === 0x0d || code === 0x0a) return 'enter';
  if (code === 0x08 || code === 0x7f) return 'backspace';
  if (code === 0x00) return 'ctrl+space';
  if (code <= 0x1a) return `ctrl+${String.fromCharCode(code + 0x60)}`;
  return 'unknown';
};

const key = (name: string, text?: string): InputEvent =>
  text === undefined ? { kind: 'key', name } : { kind: 'key', name, text };

/** A CSI sequence's events (a key, a mouse wheel), or none for one we do not use. */
const fromCsi = (body: string): InputEvent[] => {
  // SGR mouse: ESC [ < button ; column ; row M (press) or m (release).
  const mouse = /^\[<(\d+);\d+;\d+[Mm]$/.exec(body);
  if (mouse) {
    const button = Number(mouse[1]);
    if (button === 64) return [{ kind: 'wheel', direction: 'up' }];
    if (button === 65) return [{ kind: 'wheel', direction: 'down' }];
    return [];
  }
  const known = SEQUENCES[body];
  if (known) return [key(known)];
  // Modified keys: ESC [ 1 ; 5 A (Ctrl+Up), ESC [ 5 ; 2 ~ (Shift+PgUp).
  const modified = /^\[(\d+);(\d+)([A-DFHP-S~])$/.exec(body);
  if (modified) {
    const base = modified[3] === '~' ? SEQUENCES[`[${modified[1]}~`] : SEQUENCES[`[${modified[3]}`];
    if (base) return [key(`${modifierPrefix(Number(modified[2]))}${base}`)];
  }
  return [];
};

/**
 * Where the escape sequence starting at `start` ends (the index after it), or `undefined`
 * when the input stops before it does. Handles CSI (`ESC [ … final`), SS3 (`ESC O x`),
 * X10 mouse (`ESC [ M b x y`) and Alt+key (`ESC x`).
 */
const sequenceEnd = (input: string, start: number): number | undefined => {
  const kind = input[start + 1];
  if (kind === undefined) return undefined;
  if (kind === 'O') return start + 3 <= input.length ? start + 3 : undefined;
  // ESC ESC [ A: Alt with a sequence, as some terminals send it.
  if (kind === ESC && (input[start + 2] === '[' || input[start + 2] === 'O')) {
    return sequenceEnd(input, start + 1);
  }
  if (kind !== '[') return start + 1 + ((input.codePointAt(start + 1) ?? 0) > 0xffff ? 2 : 1);
  if (input[start + 2] === 'M' && input[start + 3] !== undefined) {
    return start + 6 <= input.length ? start + 6 : undefined;
  }
  for (let i = start + 2; i < input.length; i++) {
    const code = input.charCodeAt(i);
    // Parameter and intermediate bytes (0x20–0x3f) continue the sequence; a final byte ends it.
    if (code >= 0x40 && code <= 0x7e) return i + 1;
    if (code < 0x20 || code > 0x7e) return i;
  }
  return undefined;
};

/** One complete escape sequence as events. */
const fromEscape = (sequence: string): InputEvent[] => {
  if (sequence === ESC) return [key('escape')];
  const body = sequence.slice(1);
  if (body.startsWith('[M') && body.length === 5) {
    // X10 mouse: button byte minus 32; 64 and 65 are the wheel.
    const button = (body.codePointAt(2) ?? 0) - 32;
    if (button === 64) return [{ kind: 'wheel', direction: 'up' }];
    if (button === 65) return [{ kind: 'wheel', direction: 'down' }];
    return [];
  }
  if (body.startsWith('[') || body.startsWith('O')) return fromCsi(body);
  if (body === ESC) return [key('escape'), key('escape')];
  if (body.startsWith(ESC)) {
    return fromEscape(body).map((e) => (e.kind === 'key' ? key(`alt+${e.name}`) : e));
  }
  // Alt+key: the key with an alt+ prefix, which no binding uses, so it never types.
  const inner = decodeText(body);
  return inner.map((e) => (e.kind === 'key' ? key(`alt+${e.name}`) : e));
};

/** Plain characters (no ESC) as one key each: letters type, control characters name keys. */
const decodeText = (text: string): InputEvent[] => {
  const events: InputEvent[] = [];
  let previous = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    // A terminal may send CR LF for Enter: one Enter, not two.
    if (char === '\n' && previous === '\r') {
      previous = '';
      continue;
    }
    previous = char;
    if (code < 0x20 || code === 0x7f) events.push(key(controlKey(code)));
    else if (char === ' ') events.push(key('space', ' '));
    else events.push(key(char, char));
  }
  return events;
};

/** Pasted text as the filter takes it: one line, no control characters. */
export const cleanPaste = (text: string): string =>
  text
    .replace(/\r\n?|\n|\t/g, ' ')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
    .replace(/[\u0000-\u001f\u007f]/g, '');

/** The longest end of `text` that is the start of `marker` (a marker split across reads). */
const markerStart = (text: string, marker: string): string => {
  for (let length = Math.min(marker.length - 1, text.length); length > 0; length--) {
    const tail = text.slice(text.length - length);
    if (marker.startsWith(tail)) return tail;
  }
  return '';
};

export interface InputDecoder {
  /** The events in `chunk`, with whatever an earlier chunk left unfinished in front. */
  push(chunk: string): InputEvent[];
  /**
   * What is left unfinished, given up on: a lone ESC is the Escape key, an unterminated
   * paste is pasted as far as it came. Call it when no more input follows soon.
   */
  flush(): InputEvent[];
  /** What is waiting for more input: part of an escape sequence, or a paste without its end. */
  readonly pending: 'sequence' | 'paste' | undefined;
}

/** A decoder that keeps what a chunk leaves unfinished until the next one. */
export const createInputDecoder = (): InputDecoder => {
  let rest = '';
  let paste: string | undefined;

  const run = (input: string): InputEvent[] => {
    const events: InputEvent[] = [];
    let i = 0;
    while (i < input.length) {
      if (paste !== undefined) {
        const end = input.indexOf(PASTE_END, i);
        if (end < 0) {
          // Keep a possible start of the end marker for the next chunk.
          const marker = markerStart(input.slice(i), PASTE_END);
          paste += input.slice(i, input.length - marker.length);
          rest = marker;
          return events;
        }
        events.push({ kind: 'paste', text: paste + input.slice(i, end) });
        paste = undefined;
        i = end + PASTE_END.length;
        continue;
      }
      const at = input.indexOf(ESC, i);
      if (at < 0) {
        events.push(...decodeText(input.slice(i)));
        break;
      }
      if (at > i) events.push(...decodeText(input.slice(i, at)));
      if (input.startsWith(PASTE_START, at)) {
        paste = '';
        i = at + PASTE_START.length;
        continue;
      }
      const end = sequenceEnd(input, at);
      if (end === undefined) {
        rest = input.slice(at);
        return events;
      }
      events.push(...fromEscape(input.slice(at, end)));
      i = end;
    }
    rest = '';
    return events;
  };

  return {
    push: (chunk) => run(rest + chunk),
    flush: () => {
      const left = rest;
      rest = '';
      const events: InputEvent[] = [];
      if (paste !== undefined) {
        events.push({ kind: 'paste', text: paste + left });
        paste = undefined;
        return events;
      }
      if (left === '') return events;
      // An unfinished sequence: ESC was the Escape key, and what followed were keys.
      events.push(key('escape'), ...decodeText(left.slice(1)));
      return events;
    },
    get pending() {
      return paste !== undefined ? 'paste' : rest !== '' ? 'sequence' : undefined;
    },
  };
};
