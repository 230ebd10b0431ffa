import { describe, expect, it } from 'vitest';
import { listJoin, yearList } from './words';

describe('words for notes', () => {
  it('joins lists the way a sentence does', () => {
    expect(listJoin([])).toBe('');
    expect(listJoin(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('lists every year, a run of three or more as a range, so a gap shows', () => {
    expect(yearList([2015, 2018, 2024, 2025])).toBe('2015, 2018, 2024 and 2025');
    expect(yearList([2015, 2016, 2018, 2019, 2020])).toBe('2015, 2016 and 2018–2020');
    expect(yearList(['2018', '2019', '2020', '2024', '2025', '2026'])).toBe(
      '2018–2020 and 2024–2026',
    );
    expect(yearList([2025])).toBe('2025');
    expect(yearList([])).toBe('');
  });
});
