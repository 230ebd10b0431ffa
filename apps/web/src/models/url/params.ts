import { yearList } from '@/lib/words';

/**
 * How an island reads one query parameter: the value to use, and (for a value it cannot use)
 * what was wrong, in words for a note on the page. Pure, so it is tested without a browser.
 */
export interface ParamReader<T> {
  readonly name: string;
  /** The value for a raw query value (`null`: absent), with a problem when it falls back. */
  read(raw: string | null): ParamValue<T>;
  /**
   * The query value for a value; `undefined` leaves the parameter out of the URL. (A method,
   * so a reader of one type stands in a list of readers of any.)
   */
  write(value: T): string | undefined;
}

export interface ParamValue<T> {
  readonly value: T;
  readonly problem?: string;
}

/** Quoted for a note, cut short: a reader sees what they typed, never a page of it. */
export const quoted = (raw: string): string =>
  `“${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}”`;

/**
 * A parameter that takes one of a list of values, or nothing (`undefined`: no filter). An
 * unknown value is ignored, with a note saying what is allowed.
 */
export const oneOf = (
  name: string,
  allowed: readonly string[],
  what: { readonly noun: string; readonly fallback: string; readonly examples?: string },
): ParamReader<string | undefined> => ({
  name,
  read: (raw) => {
    if (raw === null || raw === '') return { value: undefined };
    if (allowed.includes(raw)) return { value: raw };
    const examples = what.examples ?? allowed.slice(0, 6).join(', ');
    return {
      value: undefined,
      problem: `${quoted(raw)} is not ${what.noun} (try ${examples}); showing ${what.fallback}.`,
    };
  },
  write: (value) => value,
});

/** A year among those with data, or a default year; an unknown year falls back with a note. */
export const yearOf = (
  name: string,
  years: readonly number[],
  fallback: number,
): ParamReader<number> => ({
  name,
  read: (raw) => {
    if (raw === null || raw === '') return { value: fallback };
    const year = Number(raw);
    if (/^\d{4}$/.test(raw) && years.includes(year)) return { value: year };
    return {
      value: fallback,
      problem: `${quoted(raw)} is not a year with data here (the years with data are ${yearList(years)}); showing ${fallback}.`,
    };
  },
  write: (value) => String(value),
});

/** The query string for a set of values: only parameters with a value, in reader order. */
export const queryFor = (
  readers: readonly ParamReader<unknown>[],
  values: Readonly<Record<string, unknown>>,
  base = '',
): string => {
  const params = new URLSearchParams(base);
  for (const reader of readers) {
    const written = reader.write(values[reader.name]);
    if (written === undefined) params.delete(reader.name);
    else params.set(reader.name, written);
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
};
