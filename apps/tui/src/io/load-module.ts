/**
 * `import(specifier)`, for the binary's entry (cli.ts). The binary runs cli.ts as a script
 * compiled with V8's code cache (build/code-cache.ts), and a script run that way has no
 * `import()` of its own: there the build points this function at the one the loader
 * (dist/cli.cjs) passes in. Give it an absolute specifier (a `file:` URL or `node:…`).
 */
export const loadModule = <T>(specifier: string): Promise<T> => import(specifier);
