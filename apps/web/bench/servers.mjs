// Starts the built site (server/serve.mjs, gzip only, as the brief measures) and the
// empty-page baseline as child processes on free ports, and stops them.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { precompress } from '../scripts/precompress.mjs';

export const webRoot = fileURLToPath(new URL('..', import.meta.url));

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/**
 * Serve a static export folder with the site's own server.
 * @param {string} root folder holding the export
 * @param {{ precompressFirst?: boolean }} [options] write .br/.gz copies first (the baseline)
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export const serve = async (root, { precompressFirst = false } = {}) => {
  // The baseline export gets the precompressed copies the site's build already wrote for it.
  if (precompressFirst) await precompress(root);
  const port = await freePort();
  const code = `import { createHandler } from ${JSON.stringify(`${webRoot}server/serve.mjs`)};
import { createServer } from 'node:http';
const server = createServer(await createHandler(${JSON.stringify(root)}, ['gzip']));
server.keepAliveTimeout = 65000;
server.listen(${port}, '127.0.0.1', () => console.log('ready'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('exit', (c) => reject(new Error(`server for ${root} exited with ${c}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
};
