import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { sourceRefs } from '../story/source-ref';
import { timelineView } from '../story/timeline-view';
import { ORIGINAL_LABELS, REPORTED_LABEL } from './labels';

describe('labels both surfaces show', () => {
  it('name an original, and say when the figure was not read on it (as for every one today)', () => {
    const refs = sourceRefs(
      dataset,
      dataset.sources.map((s) => s.id),
    );
    const originals = refs.flatMap((r) => (r.original ? [r.original] : []));
    expect(originals.length).toBeGreaterThan(0);
    expect(originals.some((o) => !o.read)).toBe(true);
    expect(ORIGINAL_LABELS.read).toBe('original');
    expect(ORIGINAL_LABELS.notRead).toMatch(/not read/);
  });

  it('mark reported events, which the data has', () => {
    expect(timelineView(dataset).some((e) => e.reported)).toBe(true);
    expect(REPORTED_LABEL.label).toBe('reported');
  });
});
