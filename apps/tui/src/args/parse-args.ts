import { parseArgs } from 'node:util';
import { commandEntry } from '../views/registry';
import { COMMAND_NAMES, type CommandName, isCommand } from './commands';
import { closest } from './suggest';

export interface CliOptions {
  readonly command: CommandName | undefined;
  readonly json: boolean;
  /** `YYYY-MM-DD`, read by core: any real day from the start of the data on. */
  readonly date: string | undefined;
  readonly noColor: boolean;
  readonly noPager: boolean;
  /** `--schema`: print the JSON Schema of the command's `--json` output. */
  readonly schema: boolean;
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
  schema: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'no-pager': { type: 'boolean' },
} as const;

type OptionName = keyof typeof OPTIONS;

/** The option a spelling names: `--help` or `-h` → `help`. */
const optionNamed = (spelling: string): OptionName | undefined => {
  const long = /^--([^=]+)$/.exec(spelling)?.[1];
  if (long !== undefined) return long in OPTIONS ? (long as OptionName) : undefined;
  const short = /^-([^-=])$/.exec(spelling)?.[1];
  return (Object.keys(OPTIONS) as OptionName[]).find(
    (name) => (OPTIONS[name] as { short?: string }).short === short,
  );
};

const spellings = (name: OptionName): string => {
  const short = (OPTIONS[name] as { short?: string }).short;
  return short ? `-${short}/--${name}` : `--${name}`;
};

/**
 * `--help=foo`, `-h=1`, `--json=yes`: a value given to an option that takes none, said in
 * our words before Node's parser words it as it can.
 */
const valueOnAFlag = (argv: readonly string[]): ParsedArgs | undefined => {
  for (const arg of argv) {
    if (arg === '--') return undefined;
    const match = /^(--?[^=]+)=(.*)$/s.exec(arg);
    if (match === null) continue;
    const [, spelling = '', value = ''] = match;
    const name = optionNamed(spelling);
    if (name === undefined) {
      if (spelling.startsWith('--')) continue;
      return fail(`unknown option ${spelling}`, HELP_HINT);
    }
    if (OPTIONS[name].type === 'boolean') {
      return fail(
        `${spellings(name)} takes no value (got ${spelling}=${value})`,
        `Use ${spelling} alone. ${HELP_HINT}`,
      );
    }
    if (spelling.length === 2) {
      return fail(`unknown option ${spelling}`, `Use --${name}=${value}. ${HELP_HINT}`);
    }
  }
  return undefined;
};

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
    return fail(`${option.split('=')[0]?.replace(/,$/, '')} takes no value`, HELP_HINT);
  }
  return fail(text.split('\n')[0] ?? 'the command line could not be read');
};

/**
 * Read the command line. Never throws: every mistake comes back as a `UsageError`
 * whose message names what was wrong and whose hint says what to do.
 */
/** How `--date` is read: core's reading of a tariff date, and the first day the data has. */
export interface DateReader {
  readonly read: (
    input: string,
  ) =>
    | { readonly ok: true; readonly date: string }
    | { readonly ok: false; readonly reason: string };
  readonly from: string;
}

export const parseCliArgs = (argv: readonly string[], dates: DateReader): ParsedArgs => {
  const flagged = valueOnAFlag(argv);
  if (flagged) return flagged;
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return fromNodeError(error);
  }
  const { values, positionals } = parsed;
  // `help` and `help <command>` read as --help.
  const wantsHelp = positionals[0] === 'help';
  const [first, ...rest] = wantsHelp ? positionals.slice(1) : positionals;
  if (rest.length > 0) {
    return fail(`unexpected argument “${rest[0]}”`, `Give one command at most. ${HELP_HINT}`);
  }
  if (first !== undefined && !isCommand(first)) {
    const guess = closest(first, COMMAND_NAMES);
    const list = `Commands: ${COMMAND_NAMES.join(', ')}.`;
    return fail(`unknown command “${first}”`, guess ? `Did you mean “${guess}”? ${list}` : list);
  }
  const command = first !== undefined && isCommand(first) ? first : undefined;
  let date: string | undefined;
  if (values.date !== undefined) {
    const checked = dates.read(values.date);
    if (!checked.ok) {
      return fail(
        `--date: ${checked.reason}`,
        `Use --date YYYY-MM-DD: any day from ${dates.from} on, today too.`,
      );
    }
    if (command !== undefined && !commandEntry(command).command.options?.includes('date')) {
      return fail(
        `--date does not apply to “${command}”`,
        'Use it with `tradetalks tariffs` or the interactive app.',
      );
    }
    date = checked.date;
  }
  if (values.schema && command === undefined) {
    return fail(
      '--schema needs a command',
      `Use it as \`tradetalks tariffs --schema\`. ${HELP_HINT}`,
    );
  }
  return {
    ok: true,
    options: {
      command,
      json: values.json ?? false,
      date,
      noColor: values['no-color'] ?? false,
      noPager: values['no-pager'] ?? false,
      schema: values.schema ?? false,
      help: (values.help ?? false) || wantsHelp,
      version: values.version ?? false,
    },
  };
};
