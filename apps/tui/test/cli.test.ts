import { spawnSync } from 'node:child_process';
import { dataset, formatDate, formatRate, tariffStackOn } from '@tradetalks/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { version } from '../package.json';
import { COMMAND_NAMES } from '../src/args/commands';
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

  it.each(COMMAND_NAMES)('%s --json prints valid JSON and exits 0', (command) => {
    const { status, stdout } = run([command, '--json']);
    expect(status).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.asOf).toBe(dataset.asOf);
  });

  it('prints the tariff stack on the day given by --date', () => {
    const date = '2025-04-10';
    const { status, stdout } = run(['tariffs', '--date', date]);
    expect(status).toBe(0);
    expect(stdout).toContain(`In force on ${formatDate(date)}`);
    expect(stdout).toContain(
      `all goods ${formatRate(tariffStackOn(dataset, 'US', date).allGoods)}`,
    );
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

describe('mistakes on the command line', () => {
  it.each([
    [['--frobnicate'], /unknown option --frobnicate/],
    [['fatcs'], /unknown command “fatcs”.*Did you mean “facts”/],
    [['tariffs', '--date', 'text'], /--date: “text” is not a date in the form YYYY-MM-DD/],
    [['tariffs', '--date', '2025-13-45'], /--date: 2025-13-45 has no month 13/],
    [['tariffs', '--date', '2040-01-01'], /outside the data/],
    [['tariffs', '--date'], /--date needs a day/],
    [['trade', '--date', '2025-04-10'], /--date does not apply to “trade”/],
    [['facts', 'claims'], /unexpected argument “claims”/],
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
