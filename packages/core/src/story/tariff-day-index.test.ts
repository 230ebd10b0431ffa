import { describe, expect, it } from 'vitest';
import { addDays } from '../calc/dates';
import { dataset } from '../data/dataset';
import { type TariffDayView, tariffDay } from './tariff-day';
import { pickTariffDay, tariffDayIndex } from './tariff-day-index';

const index = tariffDayIndex(dataset);

// What a stretch's pre-rendered view holds: both sides, without the day-specific flag.
const stacks = (view: TariffDayView) =>
  JSON.stringify(view.sides.map(({ changedOnDate: _, ...side }) => side));

const ok = (input?: string) => {
  const result = tariffDay(dataset, input);
  if (!result.ok) throw new Error(result.reason);
  return result.view;
};

describe('tariffDayIndex', () => {
  it('covers every day from the start of the data to the last verified day, without gaps', () => {
    const { stretches } = index;
    expect(stretches[0]?.from).toBe(index.from);
    expect(stretches.at(-1)?.to).toBe(index.lastVerified);
    for (const [i, s] of stretches.entries()) {
      expect(s.from <= s.to).toBe(true);
      const next = stretches[i + 1];
      if (next) expect(addDays(s.to, 1)).toBe(next.from);
    }
    expect(index.lastVerified).toBe(ok().date);
  });

  it('splits on the day the Supreme Court ruled, though no stack changed that day', () => {
    expect(index.stretches.map((s) => s.from)).toContain('2026-02-20');
    expect(index.changeDates).not.toContain('2026-02-20');
  });
});

describe('pickTariffDay answers every day as tariffDay does', () => {
  const days: string[] = [];
  for (let d = index.from; d <= addDays(index.lastVerified, 40); d = addDays(d, 1)) days.push(d);

  it('the stretch, the stacks shown, previous and next, and the after-data note', () => {
    const firsts = index.stretches.map((s) => stacks(ok(s.from)));
    for (const day of days) {
      const view = ok(day);
      const result = pickTariffDay(index, day);
      if (!result.ok) throw new Error(`${day}: ${result.reason}`);
      const { pick } = result;
      expect(pick.stacksOn, day).toBe(view.stacksOn);
      expect(pick.previousDate, day).toBe(view.previousDate);
      expect(pick.nextDate, day).toBe(view.nextDate);
      expect(pick.changeDay, day).toBe(view.changes.length > 0);
      // The change the stacks date from: the day itself on a change day, else the one before.
      expect(pick.lastChange, day).toBe(pick.changeDay ? view.stacksOn : view.previousDate);
      expect(pick.afterData?.note, day).toBe(view.afterData?.note);
      expect(pick.afterData?.scheduledIds.toSorted(), day).toEqual(
        view.afterData?.scheduled.map((s) => s.id).toSorted(),
      );
      expect(stacks(view), day).toBe(firsts[pick.stretch]);
    }
  });

  it.each(['', '06/01/2019', '2025-13-45', '2025-02-30', '2017-06-01', ' 2025-04-10 '])(
    'reads %j with the same result and reason',
    (input) => {
      const day = tariffDay(dataset, input);
      const pick = pickTariffDay(index, input);
      expect(pick.ok).toBe(day.ok);
      expect(pick.pick.date).toBe(day.view.date);
      if (!pick.ok && !day.ok) {
        expect(pick.problem).toBe(day.problem);
        expect(pick.reason).toBe(day.reason);
      }
    },
  );

  it('is plain data a page can carry', () => {
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
  });
});
