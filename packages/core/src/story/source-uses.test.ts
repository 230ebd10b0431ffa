import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { sourceUses } from './source-uses';

describe('sourceUses', () => {
  const uses = sourceUses(dataset);

  it('finds a record resting on every source the data holds', () => {
    const unused = dataset.sources.filter((s) => (uses.get(s.id) ?? []).length === 0);
    expect(unused.map((s) => s.id)).toEqual([]);
  });

  it('counts the courts’ findings on a layer and the changes scheduled after the data', () => {
    const finding = dataset.tariffLayers.flatMap((l) => l.legalHistory ?? [])[0];
    const scheduled = dataset.scheduled[0];
    if (!finding || !scheduled) throw new Error('expected a finding and a scheduled change');
    expect(uses.get(finding.sourceIds[0] ?? '')?.map((u) => u.collection)).toContain(
      'tariffLayers',
    );
    expect(uses.get(scheduled.sourceIds[0] ?? '')?.map((u) => u.collection)).toContain('scheduled');
  });
});
