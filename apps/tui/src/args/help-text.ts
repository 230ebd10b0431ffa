import { keysPlainText } from '../keys/keys-table';
import { FIRST_TARIFF_DAY } from '../model/story';
import { type CommandName, commandEntry, VIEWS } from '../views/registry';

const ENVIRONMENT = [
  'Environment',
  '  NO_COLOR      no colour (any non-empty value)',
  '  FORCE_COLOR   colour even in a pipe (0 or false: never)',
  '  COLUMNS       width of printed text in a pipe (default 80)',
  '  PAGER         the pager for long text in a terminal (default: less -FIRX)',
  '  BROWSER       the program `o` opens a link with (default: xdg-open or open)',
  '  TRADETALKS_TODAY',
  '                YYYY-MM-DD: the day the data’s age is counted to (default: the clock’s)',
];

const COMMON_OPTIONS = [
  '  --json             the same data as JSON (with its schemaVersion; see --schema)',
  '  --schema           the JSON Schema of the --json output',
  '  --no-pager         never page long text, even in a terminal',
  '  --no-color         no colour, even in a terminal',
  '  -h, --help         help (for a command: tradetalks help <command>)',
];

/** `tradetalks --help`: usage, commands, options, keys, environment and exit codes. */
export const helpText = ({ version, age }: { version: string; age: string }): string => {
  const width = Math.max(...VIEWS.map((v) => v.command.name.length));
  return [
    `tradetalks ${version}: the numbers behind the U.S.–China trade conflict (${age})`,
    '',
    'Examples',
    '  tradetalks                                 the interactive app (in a terminal)',
    '  tradetalks tariffs --date 2025-04-10       both tariff stacks on a day',
    "  tradetalks claims --json | jq '.counts'    the verdicts, counted, as JSON",
    '  tradetalks help tariffs                    one command in detail',
    '',
    'Usage',
    '  tradetalks                    open the interactive app (in a terminal)',
    '  tradetalks <command>          print one view as text',
    '  tradetalks <command> --json   print its data as JSON',
    '',
    'Commands',
    ...VIEWS.map((v) => `  ${v.command.name.padEnd(width)}  ${v.command.summary}`),
    '',
    'Options',
    '  --date YYYY-MM-DD  the day for `tariffs` and the app’s Tariffs view: any day from',
    `                     ${FIRST_TARIFF_DAY} on; after the verified data, the last verified stacks`,
    ...COMMON_OPTIONS,
    '  -v, --version      the version of the app and of its data',
    '',
    'Keys in the app',
    ...keysPlainText(),
    '',
    ...ENVIRONMENT,
    '',
    'Without a terminal (in a pipe or a script) and without a command, tradetalks prints the',
    'overview as text. Exit status: 0 done, 2 a mistake on the command line, 1 anything else',
    '(a failed write, for one).',
    '',
  ].join('\n');
};

/** `tradetalks <command> --help`: examples first, then usage, options and the JSON contract. */
export const commandHelpText = (
  name: CommandName,
  { schemaPath }: { readonly schemaPath: string },
): string => {
  const { command } = commandEntry(name);
  const date = command.options?.includes('date') ?? false;
  const examples = command.examples.flatMap(([line, does]) => [`  ${line}`, `      ${does}`]);
  return [
    `tradetalks ${command.name}: ${command.summary}`,
    '',
    'Examples',
    ...examples,
    '',
    'Usage',
    `  tradetalks ${command.name}${date ? ' [--date YYYY-MM-DD]' : ''} [--json] [--no-pager] [--no-color]`,
    '',
    'Options',
    ...(date
      ? [
          `  --date YYYY-MM-DD  the day (default: the latest verified day); any day from ${FIRST_TARIFF_DAY} on.`,
          '                     After the verified data: the last verified stacks, marked so',
          '                     (a line on stderr; in JSON, afterVerifiedData and lastVerified)',
        ]
      : []),
    ...COMMON_OPTIONS,
    '',
    'JSON',
    '  Every document starts with schemaVersion (raised when a key is removed or renamed, or',
    '  a value changes type or unit), command, datasetVersion, asOf (the latest verified',
    '  event), today and dataAge. Keys carry their unit (allGoodsPct, valueUsdBn, changePp);',
    '  dates are ISO 8601; missing figures are null; sources come once, in sources.',
    `  JSON Schema: ${schemaPath}`,
    `  (or: tradetalks ${command.name} --schema)`,
    '',
  ].join('\n');
};
