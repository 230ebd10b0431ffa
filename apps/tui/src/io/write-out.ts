// Writing to stdout as a script expects: a reader that stops early (`| head`) ends the run
// quietly; any other failed write (a full disk, a closed or read-only descriptor) says so in
// one line on stderr and exits 1, with no stack trace and no code.

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EBADF: 'the output is closed or not open for writing',
  EIO: 'an input/output error',
  EACCES: 'permission denied',
  EROFS: 'the file system is read-only',
  EDQUOT: 'the disk quota is used up',
};

/** The line a failed write prints, naming the cause. */
export const writeFailureMessage = (error: NodeJS.ErrnoException): string => {
  const code = error.code ?? 'unknown';
  const reason = REASONS[code] ?? error.message.split('\n')[0] ?? 'unknown error';
  return `tradetalks: could not write the output: ${reason} (${code})\n`;
};

/** Exit as a failed or abandoned write asks: 0 for a closed pipe, 1 otherwise. */
export const onWriteError = (error: NodeJS.ErrnoException): never => {
  if (error.code === 'EPIPE') process.exit(0);
  try {
    process.stderr.write(writeFailureMessage(error));
  } catch {
    // Nowhere left to say it.
  }
  process.exit(1);
};

/**
 * Write `text` to stdout and resolve once it is out (or fail as above): a file or a pipe
 * may take it asynchronously, and exiting before the write ends would drop its tail.
 */
export const writeOut = (text: string): Promise<void> =>
  new Promise((resolve) => {
    try {
      process.stdout.write(text, (error) => {
        if (error) onWriteError(error);
        else resolve();
      });
    } catch (error) {
      onWriteError(error as NodeJS.ErrnoException);
    }
  });
