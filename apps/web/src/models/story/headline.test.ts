import { dataset, tariffDay } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { allGoodsLine, listedBeside } from './headline';

const sides = (date: string) => {
  const r = tariffDay(dataset, date);
  if (!r.ok) throw new Error(r.reason);
  return r.view.sides;
};

describe('a headline of 0% on all goods', () => {
  it('says what the product lists charged beside it', () => {
    const [us] = sides('2019-06-01');
    expect(us.allGoods.text).toBe('0%');
    expect(listedBeside(us)).toBe(us.listedSummary);
    expect(allGoodsLine(us)).toBe(`0% on all goods (${us.listedSummary})`);
  });

  it('needs no such note when all goods paid something', () => {
    const [us] = sides('2025-04-10');
    expect(listedBeside(us)).toBeUndefined();
    expect(allGoodsLine(us)).toBe(`${us.allGoods.text} on all goods`);
  });
});
