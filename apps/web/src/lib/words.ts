/** "a", "a and b", "a, b and c". */
export const listJoin = (items: readonly string[]): string => {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
};

/**
 * The years a reader accepts, every one of them, in words: runs of three or more as a range,
 * so a gap shows. `[2015, 2016, 2018, …, 2025]` is "2015, 2016 and 2018–2025".
 */
export const yearList = (years: readonly (number | string)[]): string => {
  const runs: (number | string)[][] = [];
  for (const year of years) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run !== undefined && last !== undefined && Number(year) === Number(last) + 1)
      run.push(year);
    else runs.push([year]);
  }
  return listJoin(
    runs.flatMap((run) =>
      run.length >= 3 ? [`${run[0]}–${run[run.length - 1]}`] : run.map(String),
    ),
  );
};

/** Upper-cases the first letter: generated sentences often start with a value or a name. */
export const sentence = (text: string): string =>
  text.length === 0 ? text : `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
