import { loadModule } from './load-module';

/** The pager command: `$PAGER` if set (empty: none), else `less -FIRX`. */
export const pagerCommand = (
  env: Readonly<Record<string, string | undefined>>,
): { readonly shell: string } | { readonly file: string; readonly args: string[] } | undefined => {
  const pager = env.PAGER;
  if (pager !== undefined)
    return pager.trim() === '' || pager.trim() === 'cat' ? undefined : { shell: pager };
  return { file: 'less', args: ['-FIRX'] };
};

/**
 * Show `text` through the pager and resolve when the reader quits it; `false` when no pager
 * could be started (the caller then writes the text itself). Runs only when stdout is a
 * terminal: a pipe never gets a pager.
 */
export const page = async (
  text: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<boolean> => {
  const command = pagerCommand(env);
  if (command === undefined) return false;
  // Loaded here, not with the module: only a run that pages needs child_process.
  const { spawn } = await loadModule<typeof import('node:child_process')>('node:child_process');
  // Ctrl+C in the pager is the pager's to handle (less keeps running): do not die under it.
  const ignore = () => {};
  process.on('SIGINT', ignore);
  return new Promise<boolean>((resolve) => {
    const child =
      'shell' in command
        ? spawn('/bin/sh', ['-c', command.shell], { stdio: ['pipe', 'inherit', 'inherit'] })
        : spawn(command.file, command.args, { stdio: ['pipe', 'inherit', 'inherit'] });
    let started = true;
    child.on('error', () => {
      started = false;
      resolve(false);
    });
    // A reader who quits before the end closes the pipe: not an error.
    child.stdin.on('error', () => {});
    child.on('exit', () => {
      if (started) resolve(true);
    });
    child.stdin.end(text);
  }).finally(() => process.off('SIGINT', ignore));
};
