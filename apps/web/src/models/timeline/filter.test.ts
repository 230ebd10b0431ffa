import { dataset, eventYears } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { yearList } from '@/lib/words';
import { isEmpty, matches, timelineReaders } from './filter';

const options = {
  years: ['2018', '2025'],
  actorIds: ['bessent', 'xi'],
  kinds: ['talks', 'meeting'],
};
const readers = timelineReaders(options);

describe('timeline filter', () => {
  it('reads known values from the query string', () => {
    expect(readers.year.read('2025').value).toBe('2025');
    expect(readers.actor.read('bessent').value).toBe('bessent');
    expect(readers.kind.read('talks').value).toBe('talks');
  });

  it('ignores unknown values instead of hiding every event, and says so', () => {
    const year = readers.year.read('2030');
    expect(year.value).toBeUndefined();
    expect(year.problem).toBe(
      '“2030” is not a year in the timeline (try 2018 and 2025); showing every year.',
    );
    expect(readers.actor.read('nobody').problem).toContain('showing everyone');
    expect(readers.kind.read('<script>').problem).toContain('“<script>”');
  });

  it('names only the years that have events, from the list the reader accepts', () => {
    const years = eventYears(dataset).map(String);
    const real = timelineReaders({ years, actorIds: [], kinds: [] });
    const problem = real.year.read('2022').problem;
    expect(real.year.read('2022').value).toBeUndefined();
    expect(problem).toBe(
      `“2022” is not a year in the timeline (try ${yearList(years)}); showing every year.`,
    );
    expect(yearList(years)).toBe('2018–2020 and 2024–2026');
    for (const y of years) expect(real.year.read(y).value).toBe(y);
  });

  it('matches on every set field', () => {
    const item = { year: '2025', kind: 'talks', actorIds: ['bessent', 'greer'] };
    expect(matches(item, { year: '2025', actor: 'bessent', kind: undefined })).toBe(true);
    expect(matches(item, { year: '2018', actor: undefined, kind: undefined })).toBe(false);
    expect(matches(item, { year: undefined, actor: 'xi', kind: undefined })).toBe(false);
    expect(matches(item, { year: undefined, actor: undefined, kind: 'meeting' })).toBe(false);
  });

  it('knows an empty filter', () => {
    expect(isEmpty({ year: undefined, actor: undefined, kind: undefined })).toBe(true);
    expect(isEmpty({ year: '2025', actor: undefined, kind: undefined })).toBe(false);
  });
});
