import { dataAge, dataset, overview, tariffDay } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../args/commands';
import { TEST_TODAY } from '../testing/render-app';
import { textWidth } from '../text/width';
import { printCommand, printWarning } from './print-command';

const plain: {
  json: boolean;
  date: string | undefined;
  today: string;
  width: number;
  color: boolean;
} = { json: false, date: undefined, today: TEST_TODAY, width: 80, color: false };
const json = (command: (typeof COMMAND_NAMES)[number], over: Partial<typeof plain> = {}) =>
  JSON.parse(printCommand(command, { ...plain, ...over, json: true }, dataset));

describe.each(COMMAND_NAMES)('printing %s', (command) => {
  it('gives plain text that fits the width, says how old the data is, no escape code', () => {
    const text = printCommand(command, plain, dataset);
    expect(text.endsWith('\n')).toBe(true);
    expect(text).not.toContain('\u001b');
    expect(text.startsWith(`tradetalks ${command}`)).toBe(true);
    expect(text).toContain(dataAge(dataset, TEST_TODAY).shortText);
    const long = text
      .split('\n')
      .filter((line) => textWidth(line) > 80 && !/https?:\/\//.test(line));
    expect(long).toEqual([]);
    expect(text).not.toMatch(/NaN|Infinity|undefined|\[object/);
  });

  it('gives JSON that parses, with the data’s date, version and age', () => {
    const document = json(command);
    expect(document).toMatchObject({
      schemaVersion: 2,
      command,
      asOf: dataset.asOf,
      today: TEST_TODAY,
      datasetVersion: dataset.version,
      dataAge: { months: dataAge(dataset, TEST_TODAY).months },
    });
  });

  it('adds colour only when asked', () => {
    expect(printCommand(command, { ...plain, color: true }, dataset)).toContain('\u001b[');
  });
});

describe('what the JSON holds', () => {
  it('facts: the story’s figures as core rounds them, under keys that say their unit', () => {
    const document = json('facts');
    const o = overview(dataset, TEST_TODAY);
    // 582.4 − 659.8 is −77.39999999999998 in binary floating point; core rounds it.
    expect(document.trade.article.total.change.changeUsdBn).toBe(-77.4);
    expect(document.trade.article.total.percentChange.changePct).toBe(
      o.trade.article.total.changePct?.value,
    );
    expect(document.tariffs[0].latest).toMatchObject({
      valuePct: o.tariffs[0].latest.value,
      date: o.tariffs[0].latest.date,
      text: o.tariffs[0].latest.text,
    });
    expect(document.tariffs[0].peakLegal[0].legal.label).toBe('charged; later held unlawful');
    const ids = new Set(document.sources.map((s: { id: string }) => s.id));
    for (const id of document.tariffs[0].peak.sourceIds) expect(ids.has(id)).toBe(true);
  });

  it('tariffs --date: the stacks on that day, with each layer’s legal status', () => {
    const date = '2025-04-10';
    const document = json('tariffs', { date });
    const result = tariffDay(dataset, date);
    expect(result.ok && result.view.sides[0].allGoods.rate).toEqual(document.stacks[0].allGoodsPct);
    expect(document).toMatchObject({
      date,
      stacksOn: date,
      afterVerifiedData: false,
      scheduled: [],
    });
    const reciprocal = document.stacks[0].layers.find(
      (l: { layerId: string }) => l.layerId === 'us-ieepa-reciprocal',
    );
    expect(reciprocal.legal.label).toBe('charged; later held unlawful');
  });

  it('tariffs after the verified data: the last verified stacks, flagged, with what was due', () => {
    const document = json('tariffs', { date: '2026-12-01' });
    const result = tariffDay(dataset, '2026-12-01');
    const after = result.ok ? result.view.afterData : undefined;
    expect(document).toMatchObject({
      date: '2026-12-01',
      afterVerifiedData: true,
      lastVerified: after?.lastVerified,
      stacksOn: after?.lastVerified,
      afterDataNote: after?.note,
    });
    expect(document.scheduled.map((s: { id: string }) => s.id)).toEqual(
      after?.scheduled.map((s) => s.id),
    );
    expect(printWarning('tariffs', { date: '2026-12-01', today: TEST_TODAY }, dataset)).toBe(
      after?.note,
    );
    expect(printWarning('tariffs', { date: '2025-04-10', today: TEST_TODAY }, dataset)).toBe(
      undefined,
    );
  });

  it('claims: every claim, findings first, with its verdict and working', () => {
    const document = json('claims');
    expect(document.claims).toHaveLength(dataset.claims.length);
    expect(document.claims[0].verdict).toBe('disputed');
    expect(Object.keys(document.claims[0])).toEqual(
      expect.arrayContaining(['id', 'text', 'madeBy', 'stated', 'recomputedText', 'formula']),
    );
  });

  it('sources: who said it, the page read and the original', () => {
    const document = json('sources');
    const via = document.sources.find((s: { via: string | null }) => s.via !== null);
    expect(via.label).toBe(`${via.publisher}, via ${via.via}`);
    const original = document.sources.find((s: { original: unknown }) => s.original !== null);
    expect(typeof original.original.read).toBe('boolean');
  });
});
