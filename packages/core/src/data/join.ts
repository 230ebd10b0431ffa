/**
 * The records of several chapters as one list, keeping each record's literal type (so ids stay
 * typed). A call rather than an array spread, so that with a `/* @__PURE__ *\/` mark a bundler
 * can drop the data when nothing uses it (a spread runs the iterator protocol: a side effect).
 */
export const joinChapters = <const T extends readonly (readonly unknown[])[]>(
  ...chapters: T
): readonly T[number][number][] =>
  ([] as T[number][number][]).concat(...(chapters as unknown as T[number][number][][]));
