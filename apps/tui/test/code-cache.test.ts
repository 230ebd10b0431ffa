// The binary compiles its script from V8's code cache (build/code-cache.ts): the cache the
// build wrote must be one this Node accepts, and a binary without it, or with a cache V8
// rejects, must behave exactly the same, only slower.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, DIST, MAIN_SCRIPT, requireBuild, run } from './binary';

const cacheFiles = () => readdirSync(DIST).filter((f) => /^main-[0-9a-f]{12}\.cache$/.test(f));
const folder = mkdtempSync(join(tmpdir(), 'tradetalks-cache-'));
beforeAll(requireBuild);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** `tradetalks …` from a copy of the package whose cache `change` edits. */
const runCopy = (name: string, change: (dist: string) => void, args: string[]) => {
  const copy = join(folder, name);
  cpSync(join(DIST, '..', 'package.json'), join(copy, 'package.json'));
  cpSync(join(DIST, '..', 'schemas'), join(copy, 'schemas'), { recursive: true });
  cpSync(DIST, join(copy, 'dist'), { recursive: true });
  change(join(copy, 'dist'));
  return spawnSync(process.execPath, [join(copy, 'dist', 'cli.cjs'), ...args], {
    env: cleanEnv({ TRADETALKS_TODAY: '2026-12-01' }),
    encoding: 'utf8',
  });
};

describe('the code cache', () => {
  it('is one file, named for its script, that this Node accepts', () => {
    const files = cacheFiles();
    expect(files).toHaveLength(1);
    const loader = readFileSync(join(DIST, 'cli.cjs'), 'utf8');
    expect(loader).toContain(files[0]);
    const script = new Script(readFileSync(MAIN_SCRIPT, 'utf8'), {
      filename: MAIN_SCRIPT,
      cachedData: readFileSync(join(DIST, files[0] as string)),
    });
    expect(script.cachedDataRejected).toBe(false);
  });

  it.each([
    ['without a cache', (dist: string) => rmSync(join(dist, cacheFiles()[0] as string))],
    [
      'with a cache V8 rejects',
      (dist: string) => writeFileSync(join(dist, cacheFiles()[0] as string), 'not a code cache'),
    ],
  ])('runs the same %s', (name, change) => {
    const expected = run(['facts'], { TRADETALKS_TODAY: '2026-12-01' });
    const expectedJson = run(['claims', '--json'], { TRADETALKS_TODAY: '2026-12-01' });
    expect(expected.status).toBe(0);
    const facts = runCopy(`${name.replaceAll(' ', '-')}-facts`, change, ['facts']);
    expect(facts.stderr).toBe('');
    expect(facts.status).toBe(0);
    expect(facts.stdout).toBe(expected.stdout);
    const json = runCopy(`${name.replaceAll(' ', '-')}-json`, change, ['claims', '--json']);
    expect(json.status).toBe(0);
    expect(json.stdout).toBe(expectedJson.stdout);
  });
});
