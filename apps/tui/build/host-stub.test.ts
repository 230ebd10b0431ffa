import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as host from '../src/app/host';
import { hostStub } from './host-stub';

const source = readFileSync(fileURLToPath(new URL('../src/app/host.ts', import.meta.url)), 'utf8');

describe('the app build’s host stub', () => {
  it('binds every name src/app/host.ts exports, and provideHost fills them', async () => {
    const stub = hostStub(source);
    const real: Record<string, unknown> = { ...host };
    const names = Object.keys(real)
      .filter((n) => n !== 'provideHost')
      .sort();
    const module = await import(`data:text/javascript,${encodeURIComponent(stub)}`);
    expect(Object.keys(module).sort()).toEqual([...names, 'provideHost'].sort());
    for (const name of names) expect(module[name], name).toBeUndefined();
    module.provideHost(host);
    for (const name of names) expect(module[name], name).toBe(real[name]);
  });
});
