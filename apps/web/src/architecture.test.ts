import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The arrows of the house: a folder may import from its own layer and the layers below it,
// never from above. app → components → charts → ui → models → lib.
const LAYERS = ['lib', 'models', 'ui', 'charts', 'components', 'app'] as const;

const src = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f))
  .map((f) => f.split(sep).join('/'));

const layerOf = (path: string): number => LAYERS.indexOf(path.split('/')[0] as never);

const importsOf = (file: string): string[] => {
  const text = readFileSync(join(src, file), 'utf8');
  return [...text.matchAll(/from '([^']+)'/g)].flatMap(([, spec = '']) => {
    if (spec.startsWith('@/')) return [spec.slice(2)];
    if (spec.startsWith('.')) {
      return [
        relative(src, resolve(src, dirname(file), spec))
          .split(sep)
          .join('/'),
      ];
    }
    return [];
  });
};

describe('the house', () => {
  it('puts every source file in a known layer', () => {
    const stray = files.filter((f) => f.includes('/') && layerOf(f) < 0);
    expect(stray).toEqual([]);
  });

  it('imports only from the same layer or the layers below', () => {
    const upward = files.flatMap((file) =>
      importsOf(file)
        .filter((target) => layerOf(target) > layerOf(file))
        .map((target) => `${file} → ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it('keeps components/ for React components only', () => {
    const plain = files.filter((f) => f.startsWith('components/') && !f.endsWith('.tsx'));
    expect(plain).toEqual([]);
  });
});
