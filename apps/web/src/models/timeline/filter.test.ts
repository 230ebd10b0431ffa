import { describe, expect, it } from 'vitest';
import { filterQuery, isEmpty, matches, readFilter } from './filter';

const options = {
  years: ['2018', '2025'],
  actorIds: ['bessent', 'xi'],
  kinds: ['talks', 'meeting'],
};
const params = (query: string) => new URLSearchParams(query);

describe('timeline filter', () => {
  it('reads known values from the query string', () => {
    expect(readFilter(params('year=2025&actor=bessent&kind=talks'), options)).toEqual({
      year: '2025',
      actor: 'bessent',
      kind: 'talks',
    });
  });

  it('ignores unknown values instead of hiding every event', () => {
    const filter = readFilter(params('year=1999&actor=nobody&kind=<script>'), options);
    expect(isEmpty(filter)).toBe(true);
  });

  it('matches on every set field', () => {
    const item = { year: '2025', kind: 'talks', actorIds: ['bessent', 'greer'] };
    expect(matches(item, { year: '2025', actor: 'bessent', kind: undefined })).toBe(true);
    expect(matches(item, { year: '2018', actor: undefined, kind: undefined })).toBe(false);
    expect(matches(item, { year: undefined, actor: 'xi', kind: undefined })).toBe(false);
    expect(matches(item, { year: undefined, actor: undefined, kind: 'meeting' })).toBe(false);
  });

  it('writes only the set fields back to the URL', () => {
    expect(filterQuery({ year: '2025', actor: undefined, kind: 'talks' })).toBe(
      '?year=2025&kind=talks',
    );
    expect(filterQuery({ year: undefined, actor: undefined, kind: undefined })).toBe('');
  });
});
