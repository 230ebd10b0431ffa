import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { GLOSSARY } from './glossary';

describe('the glossary', () => {
  it('cites only sources the dataset holds', () => {
    const ids = new Set(dataset.sources.map((s) => s.id));
    for (const entry of GLOSSARY) {
      for (const id of 'sourceIds' in entry ? entry.sourceIds : []) {
        expect(ids.has(id), `${entry.id}: ${id}`).toBe(true);
      }
    }
  });

  it('gives every entry a unique id and a plain definition', () => {
    expect(new Set(GLOSSARY.map((e) => e.id)).size).toBe(GLOSSARY.length);
    for (const e of GLOSSARY) expect(e.short.length, e.id).toBeGreaterThan(30);
  });
});
