import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });

const waitFor = async (url: string, child: ChildProcess) => {
  for (let i = 0; i < 100; i += 1) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server did not answer at ${url}`);
};

/**
 * Starts the site's own server (`pnpm start`'s server/serve.mjs) on a free port for the whole
 * run, and stops it afterwards, whatever the tests did.
 */
export async function setup(project: TestProject) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  if (!existsSync(`${root}/out/_headers`)) {
    throw new Error('out/ is missing: build the site first (pnpm --filter @tradetalks/web build).');
  }
  const port = await freePort();
  const child = spawn(process.execPath, ['server/serve.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitFor(baseUrl, child);
  } catch (error) {
    child.kill();
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  return async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
}
