import { describe, expect, it } from 'vitest';
import { pickEncoding, resolveFile } from './static-files.mjs';

const file = (name: string) => ({ body: Buffer.from(name), type: 'text/html', etag: `"${name}"` });
const files = new Map([
  ['/index.html', file('index')],
  ['/tariffs.html', file('tariffs')],
  ['/data/dataset.json', file('dataset')],
  ['/claims/x.html', file('claim')],
]);

describe('resolveFile', () => {
  it('serves pretty URLs the way static hosts do', () => {
    expect(resolveFile(files, '/')?.filePath).toBe('/index.html');
    expect(resolveFile(files, '/tariffs')?.filePath).toBe('/tariffs.html');
    expect(resolveFile(files, '/tariffs/')?.filePath).toBe('/tariffs.html');
    expect(resolveFile(files, '/claims/x')?.filePath).toBe('/claims/x.html');
    expect(resolveFile(files, '/data/dataset.json')?.filePath).toBe('/data/dataset.json');
  });

  it('finds nothing outside the site, however the path is written', () => {
    expect(resolveFile(files, '/nope')).toBeUndefined();
    expect(resolveFile(files, '/../../etc/passwd')).toBeUndefined();
    expect(resolveFile(files, '/data/../index')).toBeUndefined();
  });
});

describe('pickEncoding', () => {
  const both = { ...file('x'), gzip: Buffer.from('g'), br: Buffer.from('b') };

  it('prefers brotli, then gzip, as the client allows', () => {
    expect(pickEncoding(both, 'gzip, deflate, br')).toBe('br');
    expect(pickEncoding(both, 'gzip')).toBe('gzip');
    expect(pickEncoding(both, 'br;q=0, gzip')).toBe('gzip');
    expect(pickEncoding(both, '')).toBeUndefined();
    expect(pickEncoding(both, 'identity')).toBeUndefined();
  });

  it('offers only the encodings the server was told to', () => {
    expect(pickEncoding(both, 'gzip, br', ['gzip'])).toBe('gzip');
  });

  it('sends small files as they are', () => {
    expect(pickEncoding(file('x'), 'gzip, br')).toBeUndefined();
  });
});
