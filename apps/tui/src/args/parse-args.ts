import { parseArgs } from 'node:util';
import { parseDateInput } from '@tradetalks/core';
import { COMMAND_NAMES, type CommandName, isCommand } from './commands';
import { closest } from './suggest';

export interface CliOptions {
  readonly command: CommandName | undefined;
  readonly json: boolean;
  /** `YYYY-MM-DD`, checked against the data's range. */
  readonly date: string | undefined;
  readonly noColor: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

/** What was wrong with the command line, in one line, and what to do instead. */
export interface UsageError {
  readonly message: string;
  readonly hint: string;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; error: UsageError };

const HELP_HINT = 'Run `tradetalks --help` for the commands and options.';

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  json: { type: 'boolean' },
  date: { type: 'string' },
  'no-color': { type: 'boolean' },
} as const;

const fail = (message: string, hint = HELP_HINT): ParsedArgs => ({
  ok: false,
  error: { message, hint },
});

/** Node's parseArgs messages, turned into ours. */
const fromNodeError = (error: unknown): ParsedArgs => {
  const code = (error as { code?: string }).code;
  const text = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]+)/.exec(text)?.[1] ?? 'an option';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const name = option.replace(/^-+/, '').split('=')[0] ?? '';
    const guess = closest(name, Object.keys(OPTIONS));
    return fail(
      `unknown option ${option}`,
      guess ? `Did you mean --${guess}? ${HELP_HINT}` : HELP_HINT,
    );
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (option.startsWith('--date')) return fail('--date needs a day', 'Use --date YYYY-MM-DD.');
    return fail(`${option.split('=')[0]} takes no value`, HELP_HINT);
  }
  return fail(text.split('\n')[0] ?? 'the command line could not be read');
};

/**
 * Read the command line. Never throws: every mistake comes back as a `UsageError`
 * whose message names what was wrong and whose hint says what to do.
 */
export const parseCliArgs = (
  argv: readonly string[],
  dateRange: { readonly min: string; readonly max: string },
): ParsedArgs => {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return fromNodeError(error);
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  if (rest.length > 0) {
    return fail(`unexpected argument “${rest[0]}”`, `Give one command at most. ${HELP_HINT}`);
  }
  const wantsHelp = first === 'help';
  if (first !== undefined && !wantsHelp && !isCommand(first)) {
    const guess = closest(first, COMMAND_NAMES);
    const list = `Commands: ${COMMAND_NAMES.join(', ')}.`;
    return fail(`unknown command “${first}”`, guess ? `Did you mean “${guess}”? ${list}` : list);
  }
  const command = first !== undefined && isCommand(first) ? first : undefined;
  let date: string | undefined;
  if (values.date !== undefined) {
    const checked = parseDateInput(values.date, dateRange.min, dateRange.max);
    if (!checked.ok) {
      return fail(
        `--date: ${checked.reason}`,
        `Use --date YYYY-MM-DD, from ${dateRange.min} to ${dateRange.max}.`,
      );
    }
    if (command !== undefined && command !== 'tariffs') {
      return fail(
        `--date does not apply to “${command}”`,
        'Use it with `tradetalks tariffs` or the interactive app.',
      );
    }
    date = checked.date;
  }
  return {
    ok: true,
    options: {
      command,
      json: values.json ?? false,
      date,
      noColor: values['no-color'] ?? false,
      help: (values.help ?? false) || wantsHelp,
      version: values.version ?? false,
    },
  };
};
