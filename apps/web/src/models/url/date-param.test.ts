import { dataset, tariffDay, tariffDayIndex } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { dateOf } from './date-param';

const index = tariffDayIndex(dataset);
const reader = dateOf(index);

describe('the explorer’s ?date=', () => {
  it('is the last verified day without a value, and writes nothing for it', () => {
    const { value, problem } = reader.read(null);
    expect(value.date).toBe(index.lastVerified);
    expect(problem).toBeUndefined();
    expect(reader.write(value)).toBeUndefined();
  });

  it('answers a day after the verified data with the last verified stacks, and no complaint', () => {
    const { value, problem } = reader.read('2026-12-01');
    expect(problem).toBeUndefined();
    expect(value.date).toBe('2026-12-01');
    expect(value.stacksOn).toBe(index.lastVerified);
    expect(value.afterData?.note).toBe(tariffDay(dataset, '2026-12-01').view.afterData?.note);
    expect(reader.write(value)).toBe('2026-12-01');
  });

  it.each(['text', '2025-13-45', '2025-02-30', '2017-06-01'])(
    'falls back to the last verified day for %s, with core’s reason',
    (raw) => {
      const { value, problem } = reader.read(raw);
      const day = tariffDay(dataset, raw);
      if (day.ok) throw new Error('expected a bad date');
      expect(value.date).toBe(index.lastVerified);
      expect(problem).toBe(`${day.reason}. Showing the latest verified day instead, 9 Nov 2026.`);
    },
  );
});
