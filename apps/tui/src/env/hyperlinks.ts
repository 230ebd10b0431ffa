/**
 * Whether the terminal shows OSC 8 hyperlinks. `FORCE_HYPERLINK` decides when set (`0` no,
 * anything else yes); otherwise only terminals known to have them, by what they set in the
 * environment. Where unsure the answer is no: the address is printed whole either way, and
 * a terminal without them could show the escape codes as text. Inside tmux or screen it is
 * no unless forced, since the outer terminal cannot be told.
 */
export const supportsHyperlinks = (env: Readonly<Record<string, string | undefined>>): boolean => {
  const force = env.FORCE_HYPERLINK;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.TMUX || env.STY || env.TERM?.startsWith('screen') || env.TERM?.startsWith('tmux'))
    return false;
  if (env.TERM === 'dumb') return false;
  if (env.WT_SESSION || env.KONSOLE_VERSION || env.DOMTERM) return true;
  if (Number(env.VTE_VERSION ?? 0) >= 5000) return true;
  const program = env.TERM_PROGRAM ?? '';
  if (['WezTerm', 'vscode', 'ghostty', 'Hyper'].includes(program)) return true;
  if (program === 'iTerm.app') {
    const [major = 0, minor = 0] = (env.TERM_PROGRAM_VERSION ?? '').split('.').map(Number);
    return major > 3 || (major === 3 && minor >= 1);
  }
  return ['xterm-kitty', 'alacritty', 'foot', 'xterm-ghostty', 'wezterm'].includes(env.TERM ?? '');
};
