/**
 * Whether to colour output. In order: `--no-color` turns colour off; `FORCE_COLOR` turns it
 * on (off when `0` or `false`), even in a pipe; `NO_COLOR` (any non-empty value) turns it
 * off; otherwise colour only in a terminal that is not `TERM=dumb`.
 */
export const wantsColor = ({
  env,
  noColorFlag,
  isTTY,
}: {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly noColorFlag: boolean;
  readonly isTTY: boolean;
}): boolean => {
  if (noColorFlag) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY && env.TERM !== 'dumb';
};
