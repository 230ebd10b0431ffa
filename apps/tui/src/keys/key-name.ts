/** The parts of Ink's `Key` that name a key; declared here so print paths need no Ink types. */
export interface KeyFlags {
  readonly upArrow: boolean;
  readonly downArrow: boolean;
  readonly leftArrow: boolean;
  readonly rightArrow: boolean;
  readonly pageUp: boolean;
  readonly pageDown: boolean;
  readonly home: boolean;
  readonly end: boolean;
  readonly return: boolean;
  readonly escape: boolean;
  readonly ctrl: boolean;
  readonly shift: boolean;
  readonly tab: boolean;
  readonly backspace: boolean;
  readonly delete: boolean;
}

const NAMED: readonly (readonly [keyof KeyFlags, string])[] = [
  ['upArrow', 'up'],
  ['downArrow', 'down'],
  ['leftArrow', 'left'],
  ['rightArrow', 'right'],
  ['pageUp', 'pageup'],
  ['pageDown', 'pagedown'],
  ['home', 'home'],
  ['end', 'end'],
  ['return', 'enter'],
  ['escape', 'escape'],
  ['backspace', 'backspace'],
  // Most terminals send DEL (0x7f) for the Backspace key, which Ink reports as delete.
  ['delete', 'backspace'],
];

/**
 * One name for a key press, as the key-binding table writes it: `tab`, `shift+tab`,
 * `ctrl+c`, `enter`, `up`, `space`, or the character typed (`j`, `G`, `?`, `[`).
 */
export const keyName = (input: string, key: KeyFlags): string => {
  if (key.tab) return key.shift ? 'shift+tab' : 'tab';
  for (const [flag, name] of NAMED) if (key[flag]) return name;
  if (key.ctrl) return `ctrl+${input.toLowerCase()}`;
  if (input === ' ') return 'space';
  return input;
};

/** Whether a key press typed text a filter should take (a letter, digit, mark or space). */
export const isTyping = (input: string, key: KeyFlags): boolean =>
  input !== '' &&
  !key.ctrl &&
  !key.tab &&
  !key.return &&
  !key.escape &&
  [...input].every((char) => {
    const code = char.codePointAt(0) ?? 0;
    return code >= 0x20 && code !== 0x7f;
  });
