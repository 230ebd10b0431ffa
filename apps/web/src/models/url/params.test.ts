import { dataset, tradeYearsWithTotals } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { yearList } from '@/lib/words';
import { oneOf, queryFor, quoted, yearOf } from './params';

describe('query parameter readers', () => {
  const year = oneOf('year', ['2018', '2025'], {
    noun: 'a year of the data',
    fallback: 'every year',
  });

  it('take an allowed value, and nothing for an absent or empty one', () => {
    expect(year.read('2025')).toEqual({ value: '2025' });
    expect(year.read(null)).toEqual({ value: undefined });
    expect(year.read('')).toEqual({ value: undefined });
  });

  it('fall back with a note naming what was typed and what is allowed', () => {
    const read = year.read('2030');
    expect(read.value).toBeUndefined();
    expect(read.problem).toBe(
      '“2030” is not a year of the data (try 2018, 2025); showing every year.',
    );
  });

  it('read a year among those with data, or fall back to the default with a note', () => {
    const from = yearOf('from', [2018, 2019, 2024], 2018);
    expect(from.read('2019')).toEqual({ value: 2019 });
    expect(from.read(null)).toEqual({ value: 2018 });
    expect(from.read('2017').problem).toBe(
      '“2017” is not a year with data here (the years with data are 2018, 2019 and 2024); showing 2018.',
    );
    expect(from.read('2019.0').value).toBe(2018);
    expect(from.read('abc').problem).toContain('“abc”');
  });

  it('names every year the trade reader accepts, gaps and all', () => {
    const years = tradeYearsWithTotals(dataset);
    const from = yearOf('from', years, years[0] ?? 0);
    const problem = from.read('2017').problem ?? '';
    expect(problem).toContain(`(the years with data are ${yearList(years)})`);
    expect(yearList(years)).toBe('2015, 2016 and 2018–2025');
  });

  it('never shows a reader a page of what they typed', () => {
    expect(quoted('x'.repeat(100))).toHaveLength(43);
  });

  it('write only the set parameters, keeping others in the query', () => {
    const kind = oneOf('kind', ['talks'], { noun: 'a kind', fallback: 'all kinds' });
    expect(queryFor([year, kind], { year: '2025', kind: undefined })).toBe('?year=2025');
    expect(queryFor([year, kind], { year: undefined, kind: undefined })).toBe('');
    expect(queryFor([year], { year: '2018' }, '?utm=x&year=2025')).toBe('?utm=x&year=2018');
  });
});
