'use client';

import { useSearchParams } from 'next/navigation';
import { type ParamReader, queryFor } from '@/models/url/params';

type Values<R extends Record<string, ParamReader<unknown>>> = {
  [K in keyof R]: R[K] extends ParamReader<infer T> ? T : never;
};

/**
 * An island's state kept in the URL's query: each parameter read by its reader (with a note
 * for a value that cannot be used), and a setter that writes them back. `push` adds a history
 * entry, so Back steps back through the reader's choices; `replace` does not. Next.js keeps
 * `useSearchParams` in step with the History API, so every island re-renders from the URL.
 */
export function useUrlState<R extends Record<string, ParamReader<unknown>>>(
  readers: R,
): {
  readonly values: Values<R>;
  readonly problems: readonly string[];
  readonly set: (next: Partial<Values<R>>, mode?: 'push' | 'replace') => void;
} {
  const params = useSearchParams();
  const read = Object.fromEntries(
    Object.entries(readers).map(([key, reader]) => [key, reader.read(params.get(reader.name))]),
  );
  const values = Object.fromEntries(
    Object.entries(read).map(([key, v]) => [key, v.value]),
  ) as Values<R>;
  const problems = Object.values(read).flatMap((v) => (v.problem ? [v.problem] : []));
  const set = (next: Partial<Values<R>>, mode: 'push' | 'replace' = 'push') => {
    const merged: Record<string, unknown> = {};
    for (const [key, reader] of Object.entries(readers)) {
      merged[reader.name] = key in next ? next[key as keyof R] : values[key as keyof R];
    }
    const query = queryFor(Object.values(readers), merged, window.location.search);
    const url = `${window.location.pathname}${query}${window.location.hash}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`)
      return;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };
  return { values, problems, set };
}
