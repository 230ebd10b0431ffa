import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataAge, dataset, formatDate, tariffDay } from '@tradetalks/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { version } from '../package.json';
import { COMMAND_NAMES } from '../src/args/commands';
import { SCHEMA_VERSION } from '../src/json/json-parts';
import { CLI, cleanEnv, ESC, requireBuild, run } from './binary';

beforeAll(requireBuild);

describe('the binary in a pipe', () => {
  it('prints the overview as plain text and exits 0 when given no command', () => {
    const { status, stdout, stderr } = run([]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('tradetalks facts');
    expect(stdout).toContain('TARIFFS');
    expect(stdout).not.toContain(ESC);
    expect(stdout).not.toMatch(/raw mode/i);
  });

  it.each(COMMAND_NAMES)('%s prints text without escape codes and exits 0', (command) => {
    const { status, stdout, stderr } = run([command]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.length).toBeGreaterThan(200);
    expect(stdout).not.toContain(ESC);
  });

  it.each(COMMAND_NAMES)('%s --json is valid against the schema the package ships', (command) => {
    const { status, stdout } = run([command, '--json']);
    expect(status).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ schemaVersion: SCHEMA_VERSION, command, asOf: dataset.asOf });
    const schema = JSON.parse(
      readFileSync(new URL(`../schemas/${command}.schema.json`, import.meta.url), 'utf8'),
    );
    const validate = new Ajv2020({ allowUnionTypes: true }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(JSON.parse(run([command, '--schema']).stdout)).toEqual(schema);
  });

  it('uses ASCII minus signs in a pipe, so awk and sort -n read them', () => {
    const { stdout } = run(['trade']);
    expect(stdout).not.toContain('\u2212');
    expect(stdout).toMatch(/-\$\d/);
  });

  it('fits printed labels to COLUMNS without cutting them', () => {
    for (const columns of ['40', '80', '120']) {
      const { stdout } = run(['claims'], { COLUMNS: columns });
      const flat = stdout.replace(/\s+/g, ' ');
      for (const claim of dataset.claims) expect(flat).toContain(claim.text.replace(/\s+/g, ' '));
      const lines = stdout.split('\n').filter((l) => !/https?:/.test(l));
      expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(Number(columns));
    }
  });

  it('never starts a pager in a pipe, even with PAGER set', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tradetalks-pager-'));
    try {
      const marker = join(folder, 'paged');
      const { status, stdout } = run(['claims'], { PAGER: `touch ${marker}; cat` });
      expect(status).toBe(0);
      expect(stdout).toContain('tradetalks claims');
      expect(existsSync(marker)).toBe(false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('prints the tariff stack on the day given by --date', () => {
    const date = '2025-04-10';
    const { status, stdout, stderr } = run(['tariffs', '--date', date]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const result = tariffDay(dataset, date);
    expect(stdout).toContain(`In force on ${formatDate(date, { short: true })}`);
    expect(stdout).toContain(`all goods ${result.ok && result.view.sides[0].allGoods.text}`);
  });

  it('answers a day after the verified data: the last verified stacks, one line on stderr, 0', () => {
    const result = tariffDay(dataset, '2026-12-01');
    const note = result.ok ? result.view.afterData?.note : undefined;
    const text = run(['tariffs', '--date', '2026-12-01']);
    expect(text.status).toBe(0);
    expect(text.stderr).toBe(`tradetalks: ${note}\n`);
    expect(text.stdout).toContain('after the verified data');
    const json = run(['tariffs', '--date', '2026-12-01', '--json']);
    expect(json.status).toBe(0);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout)).toMatchObject({
      afterVerifiedData: true,
      lastVerified: result.ok ? result.view.afterData?.lastVerified : '',
    });
  });

  it('counts the data’s age to the clock, or to TRADETALKS_TODAY', () => {
    const fixed = JSON.parse(run(['facts', '--json'], { TRADETALKS_TODAY: '2027-02-06' }).stdout);
    expect(fixed).toMatchObject({ today: '2027-02-06', dataAge: { months: 6 } }); // 6 Aug 2026 + 6
    const before = new Date().toISOString().slice(0, 10);
    const clock = JSON.parse(run(['facts', '--json']).stdout);
    const after = new Date().toISOString().slice(0, 10);
    expect([before, after]).toContain(clock.today);
    expect(run(['facts'], { TRADETALKS_TODAY: '2027-02-06' }).stdout).toContain(
      dataAge(dataset, '2027-02-06').shortText,
    );
    const bad = run(['facts'], { TRADETALKS_TODAY: 'soon' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^tradetalks: TRADETALKS_TODAY: “soon” is not a date/);
  });

  it('fits printed text to COLUMNS', () => {
    const { stdout } = run(['facts'], { COLUMNS: '50' });
    const lines = stdout.split('\n').filter((l) => !/https?:/.test(l));
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(50);
  });

  it('stops quietly when the reader goes away (| head)', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" sources | head -n 1`], {
      env: cleanEnv(),
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toContain('tradetalks sources');
    expect(result.stderr).toBe('');
  });
});

describe('colour', () => {
  it('is off in a pipe, on with FORCE_COLOR, off again with NO_COLOR or --no-color', () => {
    expect(run(['claims']).stdout).not.toContain(ESC);
    expect(run(['claims'], { FORCE_COLOR: '1' }).stdout).toContain(`${ESC}[`);
    expect(run(['claims'], { FORCE_COLOR: '0' }).stdout).not.toContain(ESC);
    expect(run(['claims'], { NO_COLOR: '1' }).stdout).not.toContain(ESC);
    expect(run(['claims', '--no-color'], { FORCE_COLOR: '1' }).stdout).not.toContain(ESC);
  });
  it('never reaches JSON', () => {
    expect(run(['claims', '--json'], { FORCE_COLOR: '1' }).stdout).not.toContain(ESC);
  });
});

describe('the package binary', () => {
  it('runs as `pnpm --filter @tradetalks/tui exec tradetalks`', () => {
    const result = spawnSync(
      'pnpm',
      ['--filter', '@tradetalks/tui', 'exec', 'tradetalks', '--version'],
      {
        env: cleanEnv(),
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`tradetalks ${version}`);
  });
});

describe('--help and --version', () => {
  it('--help lists the commands, options and keys, and exits 0', () => {
    const { status, stdout } = run(['--help']);
    expect(status).toBe(0);
    for (const command of COMMAND_NAMES) expect(stdout).toContain(command);
    for (const option of ['--date', '--json', '--no-color', '--version'])
      expect(stdout).toContain(option);
    expect(stdout).toContain('Shift-Tab');
    expect(stdout).toContain('NO_COLOR');
    expect(run(['help']).stdout).toBe(stdout);
  });
  it('--version names the app’s and the data’s versions', () => {
    const { status, stdout } = run(['--version']);
    expect(status).toBe(0);
    expect(stdout).toBe(`tradetalks ${version} (data ${dataset.version}, as of ${dataset.asOf})\n`);
  });
});

describe('help for one command', () => {
  it.each([
    ['tariffs', '--help'],
    ['help', 'tariffs'],
    ['tariffs', '-h'],
  ])('%s %s leads with examples, then usage, options and the schema', (...args) => {
    const { status, stdout, stderr } = run(args);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^tradetalks tariffs: /);
    expect(lines[2]).toBe('Examples');
    expect(stdout).toContain('tradetalks tariffs --date 2025-04-10');
    expect(stdout.indexOf('Examples')).toBeLessThan(stdout.indexOf('Usage'));
    expect(stdout).toContain('--date YYYY-MM-DD');
    expect(stdout).toMatch(/JSON Schema: .*schemas\/tariffs\.schema\.json/);
    const path = /JSON Schema: (\S+)/.exec(stdout)?.[1] ?? '';
    expect(existsSync(path), path).toBe(true);
  });
});

describe('a write that fails', () => {
  it.each([
    ['a full disk (> /dev/full)', '> /dev/full', /no space left on the device \(ENOSPC\)/],
    ['a read-only descriptor (1< /dev/null)', '1< /dev/null', /not open for writing \(EBADF\)/],
  ])('%s: one line on stderr, exit 1, no code or stack', (_what, redirect, message) => {
    for (const args of ['facts', 'claims --json', 'tariffs --help']) {
      const result = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" ${args} ${redirect}`], {
        env: cleanEnv(),
        encoding: 'utf8',
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\n\s+at |function|=>|node:/);
    }
  });
});

describe('mistakes on the command line', () => {
  it.each([
    [['--frobnicate'], /unknown option --frobnicate/],
    [['fatcs'], /unknown command “fatcs”.*Did you mean “facts”/],
    [['tariffs', '--date', 'text'], /--date: “text” is not a date in the form YYYY-MM-DD/],
    [['tariffs', '--date', '2025-13-45'], /--date: 2025-13-45 has no month 13/],
    [['tariffs', '--date', '2017-12-31'], /--date: 2017-12-31 is before the data/],
    [['tariffs', '--date', '2026-02-30'], /--date: 2026-02-30 is not a day in the calendar/],
    [['tariffs', '--date'], /--date needs a day/],
    [['trade', '--date', '2025-04-10'], /--date does not apply to “trade”/],
    [['facts', 'claims'], /unexpected argument “claims”/],
    [['--help=foo'], /-h\/--help takes no value \(got --help=foo\)/],
    [['-h=1'], /-h\/--help takes no value \(got -h=1\)/],
    [['tariffs', '--json=yes'], /--json takes no value/],
  ])('%j: one line on stderr naming it, with a hint, exit 2', (args, message) => {
    const { status, stdout, stderr } = run(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^tradetalks: /);
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/(Run|Use|Did you mean|Commands:|Give)/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
