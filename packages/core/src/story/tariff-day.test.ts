import { describe, expect, it } from 'vitest';
import { tariffSteps } from '../calc/tariff-stack';
import { dataset } from '../data/dataset';
import { latestTariffDay, tariffDay, tariffDayDates, tariffScaleMaxPct } from './tariff-day';

const view = (input?: string) => {
  const result = tariffDay(dataset, input);
  if (!result.ok) throw new Error(result.reason);
  return result.view;
};

describe('tariffDay', () => {
  it('shows the latest verified day when no date is asked for, the U.S. first', () => {
    const day = view();
    expect(day.date).toBe('2026-11-09');
    expect(day.afterData).toBeUndefined();
    expect(day.sides.map((s) => s.side)).toEqual(['US', 'CN']);
    expect(day.sides[0].title).toBe('U.S. tariffs on goods from China');
    // forced-labour Section 301 12.5%; China's across-the-board 10%
    expect(day.sides.map((s) => s.allGoods.text)).toEqual(['12.5%', '10%']);
  });

  it('answers today, after the verified data, with the stacks of 9 November 2026 and what was due', () => {
    const day = view('2026-12-01');
    expect(day.date).toBe('2026-12-01');
    expect(day.stacksOn).toBe('2026-11-09');
    expect(day.afterData?.note).toBe(
      '1 December 2026 is after the verified data, which ends on 9 November 2026: these are the stacks in force then. What was due in between is not established.',
    );
    expect(day.afterData?.scheduled.map((s) => s.date)).toEqual([
      '2026-11-10',
      '2026-11-10',
      '2026-11-10',
      '2026-11-10',
      '2026-11-10',
      '2026-11-27',
    ]);
    expect(day.nextDate).toBeUndefined();
  });

  it.each([
    ['06/01/2019', 'malformed'],
    ['2025-13-45', 'no-such-month'],
    ['2025-02-30', 'no-such-day'],
    ['2017-06-01', 'before-data'],
  ])('refuses %j (%s) with a reason and the latest day beside it', (input, problem) => {
    const result = tariffDay(dataset, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toBe(problem);
    expect(result.reason).toContain(input.slice(0, 4));
    expect(result.view.date).toBe('2026-11-09');
  });

  it('says what the 145% day charged and what the courts later found', () => {
    const us = view('2025-04-10').sides[0];
    const reciprocal = us.layers.find((l) => l.id === 'us-ieepa-reciprocal');
    expect(reciprocal?.rateText).toBe('125%');
    expect(reciprocal?.legal?.label).toBe('charged; later held unlawful');
    expect(reciprocal?.legal?.text).toMatch(
      /^Charged at the time\. On 20 February 2026, the Supreme Court held that IEEPA does not authorize/,
    );
    expect(reciprocal?.legal?.text).toContain('Refunds of the duties paid');
  });

  it.each([
    [
      '2026-03-01',
      'unchallenged',
      'charged; later held unlawful for the plaintiffs; ruling stayed',
    ],
    [
      '2026-05-08',
      'held-unlawful-for-plaintiffs',
      'held unlawful for the plaintiffs; ruling later stayed',
    ],
    [
      '2026-05-13',
      'held-unlawful-for-plaintiffs-stayed',
      'held unlawful for the plaintiffs; ruling stayed',
    ],
  ])(
    'gives Section 122 on %s its standing that day (%s), and only then what came later',
    (date, standing, label) => {
      const layer = view(date).sides[0].layers.find((l) => l.id === 'us-section-122');
      expect(layer?.legal?.standing).toBe(standing);
      expect(layer?.legal?.label).toBe(label);
    },
  );

  it('says the IEEPA layers were held unlawful yet still collected from 20 to 23 February 2026', () => {
    const layer = view('2026-02-21').sides[0].layers.find((l) => l.id === 'us-ieepa-fentanyl');
    expect(layer?.legal?.label).toBe('held unlawful; still collected');
    expect(layer?.legal?.text).toMatch(
      /^Held unlawful on 20 February 2026, yet still collected on goods entered up to 23 February 2026\./,
    );
  });

  it('says what the listed goods covered on a 0% all-goods day: 25% on 34 + 16 + 200 = $250B', () => {
    const us = view('2019-06-01').sides[0];
    expect(us.allGoods.text).toBe('0%');
    expect(us.listedSummary).toBe('Section 301 lists (2018–2019): 25% on about $250B of goods');
  });

  it('steps through change dates of either side and marks what changed', () => {
    const day = view('2026-02-24');
    expect(day.previousDate).toBe('2026-01-01');
    expect(day.nextDate).toBe('2026-07-24');
    expect(day.changes.map((c) => [c.measureId, c.rateText])).toEqual([
      ['us-fentanyl-ended', 'ended'],
      ['us-reciprocal-ended', 'ended'],
      ['us-section-122-10', '10%'],
    ]);
    expect(day.sides[0].previous).toMatchObject({ allGoodsText: '20%', changePp: 10 - (10 + 10) });
    expect(day.sides[0].stretch).toEqual({
      from: '2026-02-24',
      to: '2026-07-23',
      text: '24 February 2026 – 23 July 2026',
    });
  });

  it('says where a change day sits among the change days, and nothing between them', () => {
    const dates = tariffDayDates(dataset);
    expect(view('2026-02-24').change).toEqual({
      number: dates.indexOf('2026-02-24') + 1,
      of: dates.length,
    });
    expect(view(dates[0] as string).change).toEqual({ number: 1, of: dates.length });
    expect(view('2026-03-01').change).toBeUndefined();
    const after = tariffDay(dataset, '2026-12-01');
    expect(after.ok && after.view.change).toBeUndefined();
  });

  it('lists every change date inside the verified data', () => {
    const dates = tariffDayDates(dataset);
    expect(dates).toContain('2026-07-24');
    expect(dates.every((d) => d <= '2026-11-09')).toBe(true);
  });
});

describe('latestTariffDay', () => {
  it('is the day tariffDay opens on with no date: the last day both sides are verified', () => {
    expect(latestTariffDay(dataset)).toBe(tariffDay(dataset).view.date);
    const { US, CN } = dataset.stacksVerifiedThrough;
    expect(latestTariffDay(dataset)).toBe([US, CN].sort()[0]);
  });
});

describe('tariffScaleMaxPct', () => {
  it('is the highest rate one good paid on either side on any day: 100 + 125 + 20 = 245', () => {
    // Section 301 review (syringes, 100%) + IEEPA "reciprocal" 125% + IEEPA "fentanyl" 20%.
    expect(tariffScaleMaxPct(dataset)).toBe(100 + 125 + 20);
    const everyStep = (['US', 'CN'] as const).flatMap((side) =>
      tariffSteps(dataset, side).map((s) => s.highestOnListedGoods.maxPct),
    );
    expect(tariffScaleMaxPct(dataset)).toBe(Math.max(...everyStep));
  });
});

describe('heldUnlawfulPeriods', () => {
  it('gives the days each IEEPA layer was charged: fentanyl from 4 Feb 2025, reciprocal from 5 Apr 2025, both to 23 Feb 2026', async () => {
    const { heldUnlawfulPeriods } = await import('./legal');
    expect(
      heldUnlawfulPeriods(dataset, 'US').map((p) => [p.layerId, p.from, p.to, p.heldOn]),
    ).toEqual([
      ['us-ieepa-fentanyl', '2025-02-04', '2026-02-23', '2026-02-20'],
      ['us-ieepa-reciprocal', '2025-04-05', '2026-02-23', '2026-02-20'],
    ]);
    expect(heldUnlawfulPeriods(dataset, 'CN')).toEqual([]);
  });
});

describe('heldUnlawfulSpans', () => {
  it('makes the two IEEPA layers one span, 4 Feb 2025 to 23 Feb 2026, labelled with the ruling', async () => {
    const { heldUnlawfulPeriods, heldUnlawfulSpans } = await import('./legal');
    expect(heldUnlawfulSpans(heldUnlawfulPeriods(dataset, 'US'))).toEqual([
      {
        from: '2025-02-04',
        to: '2026-02-23',
        heldOn: ['2026-02-20'],
        label: 'Held unlawful 20 Feb 2026',
      },
    ]);
  });

  it('keeps apart periods that do not touch, and joins those that do', async () => {
    const { heldUnlawfulSpans } = await import('./legal');
    const period = (from: string, to: string, heldOn = '2026-02-20') => ({ from, to, heldOn });
    expect(
      heldUnlawfulSpans([period('2025-01-01', '2025-01-31'), period('2025-03-01', '2025-03-31')]),
    ).toHaveLength(2);
    expect(
      heldUnlawfulSpans([
        period('2025-02-01', '2025-03-31', '2026-03-01'),
        period('2025-01-01', '2025-01-31'),
      ]),
    ).toEqual([
      {
        from: '2025-01-01',
        to: '2025-03-31',
        heldOn: ['2026-02-20', '2026-03-01'],
        label: 'Held unlawful 20 Feb 2026, 1 Mar 2026',
      },
    ]);
  });
});
