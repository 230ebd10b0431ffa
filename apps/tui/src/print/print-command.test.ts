import { dataset, formatDate, story, tariffStackOn } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../args/commands';
import { textWidth } from '../text/width';
import { printCommand } from './print-command';

const plain = { json: false, date: undefined, width: 80, color: false };

describe.each(COMMAND_NAMES)('printing %s', (command) => {
  it('gives plain text that fits the width, without an escape code', () => {
    const text = printCommand(command, plain, dataset);
    expect(text.endsWith('\n')).toBe(true);
    expect(text).not.toContain('\u001b');
    expect(text.startsWith(`tradetalks ${command}`)).toBe(true);
    expect(text).toContain(formatDate(dataset.asOf, { short: true }));
    const long = text
      .split('\n')
      .filter((line) => textWidth(line) > 80 && !/https?:\/\//.test(line));
    expect(long).toEqual([]);
  });

  it('gives JSON that parses, with the data’s date and version', () => {
    const json = JSON.parse(printCommand(command, { ...plain, json: true }, dataset));
    expect(json.asOf).toBe(dataset.asOf);
    expect(json.datasetVersion).toBe(dataset.version);
  });

  it('adds colour only when asked', () => {
    expect(printCommand(command, { ...plain, color: true }, dataset)).toContain('\u001b[');
  });
});

describe('what the JSON holds', () => {
  it('facts: the story’s figures, without binary float noise', () => {
    const json = JSON.parse(printCommand('facts', { ...plain, json: true }, dataset));
    const s = story(dataset);
    // −77.39999999999998 in binary floating point: 582.4 − 659.8.
    expect(s.trade.totalChangeUsdBn).not.toBe(-77.4);
    expect(json.trade.totalChangeUsdBn).toBe(-77.4);
    expect(json.trade.totalChangePct).toBeCloseTo(s.trade.totalChangePct, 10);
    expect(json.tariffs[0].peak.allGoodsPct).toEqual(s.tariffs.usPeak.allGoods);
  });
  it('tariffs --date: the stacks on that day', () => {
    const date = story(dataset).tariffs.usPeak.date;
    const json = JSON.parse(printCommand('tariffs', { ...plain, json: true, date }, dataset));
    expect(json.date).toBe(date);
    expect(json.stacks[0].allGoodsPct).toEqual(tariffStackOn(dataset, 'US', date).allGoods);
  });
  it('claims: every claim with its verdict and working', () => {
    const json = JSON.parse(printCommand('claims', { ...plain, json: true }, dataset));
    expect(json.claims).toHaveLength(dataset.claims.length);
    expect(Object.keys(json.claims[0])).toEqual(
      expect.arrayContaining([
        'id',
        'text',
        'stated',
        'recomputedText',
        'formula',
        'verdict',
        'verdictLabel',
        'explanation',
      ]),
    );
  });
});
