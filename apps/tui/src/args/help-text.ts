import { keysPlainText } from '../keys/keys-table';
import { COMMANDS } from './commands';

/** `tradetalks --help`: usage, commands, options, keys, environment and exit codes. */
export const helpText = ({ version, asOf }: { version: string; asOf: string }): string => {
  const commandWidth = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `tradetalks ${version}: the numbers behind the U.S.–China trade conflict (data as of ${asOf})`,
    '',
    'Usage',
    '  tradetalks                  open the interactive app (in a terminal)',
    '  tradetalks <command>        print one view as text',
    '  tradetalks <command> --json print its data as JSON',
    '',
    'Commands',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(commandWidth)}  ${c.summary}`),
    '',
    'Options',
    '  --date YYYY-MM-DD  the day for `tariffs` (and the app’s Tariffs view)',
    '  --json             JSON instead of text',
    '  --no-color         no colour, even in a terminal',
    '  -h, --help         this help',
    '  -v, --version      the version of the app and of its data',
    '',
    'Keys in the app',
    ...keysPlainText(),
    '',
    'Environment',
    '  NO_COLOR      no colour (any non-empty value)',
    '  FORCE_COLOR   colour even in a pipe (0 or false: never)',
    '  COLUMNS       width of printed text in a pipe (default 80)',
    '',
    'Without a terminal (in a pipe or a script) and without a command, tradetalks prints the',
    'overview as text. Exit status: 0 done, 2 a mistake on the command line, 1 anything else.',
    '',
  ].join('\n');
};
