// The app build's stand-in for src/app/host.ts (tsdown.config.ts).

/**
 * The app's src/app/host.ts as the app build holds it: a binding for each name the real one
 * re-exports, filled by `provideHost` from the binary's script, so that the app bundles none
 * of core or the views (cli.ts provides them before the app runs).
 */
export const hostStub = (source: string): string => {
  const names = [...source.matchAll(/^export \{ ([^}]+) \} from '[^']+';$/gm)].flatMap((m) =>
    (m[1] ?? '').split(',').map((n) => n.trim()),
  );
  return [
    `export let ${names.join(', ')};`,
    `export const provideHost = (host) => { ({ ${names.join(', ')} } = host); };`,
  ].join('\n');
};
