// The terminal modes the app runs in, and their undoing: the alternate screen (the shell's
// screen comes back as it was), bracketed paste (a paste arrives marked: text, not keys),
// and the mouse wheel reported in SGR encoding.
export const ENTER_SCREEN = '\u001b[?1049h\u001b[H\u001b[?2004h\u001b[?1000h\u001b[?1006h';
export const LEAVE_SCREEN = '\u001b[?1006l\u001b[?1000l\u001b[?2004l\u001b[?25h\u001b[?1049l';
