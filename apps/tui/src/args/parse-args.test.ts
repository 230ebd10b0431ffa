import { dataset, queryTariffDate, tariffCoverage } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './parse-args';

// `--date` read as the binary reads it: by core.
const dates = {
  read: (input: string) => {
    const q = queryTariffDate(dataset, input);
    return q.ok
      ? ({ ok: true, date: q.date } as const)
      : ({ ok: false, reason: q.reason } as const);
  },
  from: tariffCoverage(dataset).from,
};
const parse = (...argv: string[]) => parseCliArgs(argv, dates);

describe('parseCliArgs: what it accepts', () => {
  it('reads no arguments as the app (or the overview in a pipe)', () => {
    expect(parse()).toEqual({
      ok: true,
      options: {
        command: undefined,
        json: false,
        date: undefined,
        noColor: false,
        noPager: false,
        schema: false,
        help: false,
        version: false,
      },
    });
  });
  it.each(['facts', 'chapters', 'timeline', 'tariffs', 'trade', 'series', 'claims', 'sources'])(
    'reads the command %s',
    (command) => {
      const parsed = parse(command, '--json');
      expect(parsed.ok && parsed.options).toMatchObject({ command, json: true });
    },
  );
  it('reads --date for tariffs and for the app, any real day from the data’s start', () => {
    const tariffs = parse('tariffs', '--date', '2025-04-10');
    expect(tariffs.ok && tariffs.options.date).toBe('2025-04-10');
    // After the verified data: answered (with the last verified stacks), not refused.
    const later = parse('tariffs', '--date', '2030-01-01');
    expect(later.ok && later.options.date).toBe('2030-01-01');
    const app = parse('--date=2019-05-10');
    expect(app.ok && app.options).toMatchObject({ command: undefined, date: '2019-05-10' });
  });
  it('reads help for one command in both spellings', () => {
    for (const argv of [
      ['tariffs', '--help'],
      ['help', 'tariffs'],
      ['tariffs', '-h'],
    ]) {
      const parsed = parse(...argv);
      expect(parsed.ok && parsed.options).toMatchObject({ help: true, command: 'tariffs' });
    }
  });
  it('reads help in every spelling, version and --no-color', () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const parsed = parse(...argv);
      expect(parsed.ok && parsed.options.help).toBe(true);
    }
    const version = parse('-v');
    expect(version.ok && version.options.version).toBe(true);
    const plain = parse('claims', '--no-color');
    expect(plain.ok && plain.options.noColor).toBe(true);
  });
});

describe('parseCliArgs: what it refuses, and says why', () => {
  it.each([
    [['--frobnicate'], 'unknown option --frobnicate', 'tradetalks --help'],
    [['--jsno'], 'unknown option --jsno', 'Did you mean --json?'],
    [['fatcs'], 'unknown command “fatcs”', 'Did you mean “facts”?'],
    [['banana'], 'unknown command “banana”', 'Commands: facts, chapters, timeline'],
    [['facts', 'trade'], 'unexpected argument “trade”', 'one command'],
    [['tariffs', '--date'], '--date needs a day', 'YYYY-MM-DD'],
    [
      ['tariffs', '--date', 'text'],
      'is not a date in the form YYYY-MM-DD',
      'any day from 2018-01-01 on',
    ],
    [['tariffs', '--date', '2025-13-45'], 'has no month 13', 'YYYY-MM-DD'],
    [['tariffs', '--date', '2025-02-30'], 'is not a day in the calendar', 'YYYY-MM-DD'],
    [
      ['tariffs', '--date', '2017-12-31'],
      'is before the data, which starts on 2018-01-01',
      'YYYY-MM-DD',
    ],
    [['facts', '--date', '2025-04-10'], '--date does not apply to “facts”', 'tradetalks tariffs'],
    [['--json=yes'], '--json takes no value (got --json=yes)', 'Use --json alone'],
    [['--help=foo'], '-h/--help takes no value (got --help=foo)', 'Use --help alone'],
    [['-h=1'], '-h/--help takes no value (got -h=1)', 'Use -h alone'],
    [['claims', '--no-color=1'], '--no-color takes no value', 'Use --no-color alone'],
    [['-x=1'], 'unknown option -x', 'tradetalks --help'],
    [['--schema'], '--schema needs a command', 'tradetalks tariffs --schema'],
    [['help', 'tarifs'], 'unknown command “tarifs”', 'Did you mean “tariffs”?'],
  ])('%j', (argv, message, hint) => {
    const parsed = parse(...argv);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.message).toContain(message);
    expect(parsed.error.hint).toContain(hint);
    expect(`${parsed.error.message}. ${parsed.error.hint}`).not.toContain('\n');
  });
});
