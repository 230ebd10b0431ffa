import { describe, expect, it } from 'vitest';
import { cleanPaste, createInputDecoder, type InputEvent } from './decode-input';

/** Every event of `chunks`, pushed one after the other, then flushed. */
const decode = (...chunks: string[]): InputEvent[] => {
  const decoder = createInputDecoder();
  return [...chunks.flatMap((c) => decoder.push(c)), ...decoder.flush()];
};
const names = (...chunks: string[]) =>
  decode(...chunks).map((e) => (e.kind === 'key' ? e.name : e.kind));

describe('one chunk, many keys', () => {
  it.each([
    ['\t\t', ['tab', 'tab']],
    ['j\r', ['j', 'enter']],
    ['abc\u007f', ['a', 'b', 'c', 'backspace']],
    ['\u007f\u007f', ['backspace', 'backspace']],
    ['\u001b[Bk', ['down', 'k']],
    ['\u001b[A\u001b[A\u001b[Dq', ['up', 'up', 'left', 'q']],
    ['2jj', ['2', 'j', 'j']],
    ['\u001b[Z\u001b[Z', ['shift+tab', 'shift+tab']],
    ['\u001bOA\u001bOB', ['up', 'down']],
    ['\u001b[5~\u001b[6~', ['pageup', 'pagedown']],
    ['\u001b[H\u001b[F\u001b[1~\u001b[4~', ['home', 'end', 'home', 'end']],
    ['\u0003', ['ctrl+c']],
    ['\u001a', ['ctrl+z']],
    ['\r\n', ['enter']],
    [' ', ['space']],
    ['\u001b[1;5A', ['ctrl+up']],
    ['\u001b[5;2~', ['shift+pageup']],
    ['\u001bx', ['alt+x']],
    ['\u001b\u001b[A', ['alt+up']],
    ['\u001b\u001b', ['escape', 'escape']],
    ['G?/[]', ['G', '?', '/', '[', ']']],
  ])('%j → %j', (chunk, expected) => {
    expect(names(chunk)).toEqual(expected);
  });

  it('gives letters their text and control keys none', () => {
    expect(decode('a\t')).toEqual([
      { kind: 'key', name: 'a', text: 'a' },
      { kind: 'key', name: 'tab' },
    ]);
    expect(decode(' ')).toEqual([{ kind: 'key', name: 'space', text: ' ' }]);
  });

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    expect(decode('何😀')).toEqual([
      { kind: 'key', name: '何', text: '何' },
      { kind: 'key', name: '😀', text: '😀' },
    ]);
  });
});

describe('escape', () => {
  it('is the Escape key when nothing follows it', () => {
    const decoder = createInputDecoder();
    expect(decoder.push('\u001b')).toEqual([]);
    expect(decoder.pending).toBe('sequence');
    expect(decoder.flush()).toEqual([{ kind: 'key', name: 'escape' }]);
    expect(decoder.pending).toBeUndefined();
  });

  it('joins a sequence split across two reads', () => {
    expect(names('\u001b', '[B')).toEqual(['down']);
    expect(names('\u001b[', 'A')).toEqual(['up']);
    expect(names('\u001b[1;', '5A')).toEqual(['ctrl+up']);
  });

  it('gives up on an unfinished sequence as Escape and keys', () => {
    expect(names('\u001b[')).toEqual(['escape', '[']);
  });

  it('drops sequences it does not know rather than typing them', () => {
    expect(names('\u001b[99zq')).toEqual(['q']);
    expect(names('\u001b[I\u001b[O')).toEqual([]);
  });
});

describe('bracketed paste', () => {
  const pasted = (text: string) => `\u001b[200~${text}\u001b[201~`;

  it('is one paste event, whatever it holds', () => {
    expect(decode(pasted('q\t1\u001b[A?'))).toEqual([{ kind: 'paste', text: 'q\t1\u001b[A?' }]);
  });

  it('keeps keys around it in order', () => {
    expect(decode(`/${pasted('geneva')}\r`)).toEqual([
      { kind: 'key', name: '/', text: '/' },
      { kind: 'paste', text: 'geneva' },
      { kind: 'key', name: 'enter' },
    ]);
  });

  it.each([
    ['\u001b[200~gen', 'eva\u001b[201~'],
    ['\u001b[20', '0~geneva\u001b[201~'],
    ['\u001b[200~geneva\u001b[2', '01~'],
    ['\u001b[200~geneva\u001b', '[201~'],
  ])('is whole when split across reads: %j + %j', (a, b) => {
    expect(decode(a, b)).toEqual([{ kind: 'paste', text: 'geneva' }]);
  });

  it('gives what came when the end never comes', () => {
    expect(decode('\u001b[200~half')).toEqual([{ kind: 'paste', text: 'half' }]);
  });

  it('is cleaned to one line of text for a filter', () => {
    expect(cleanPaste('trade\r\nwar\ttalks\u0007')).toBe('trade war talks');
  });
});

describe('the mouse wheel', () => {
  it('reads SGR reports, ignoring clicks', () => {
    expect(decode('\u001b[<64;10;5M\u001b[<65;10;5M\u001b[<0;3;4M\u001b[<0;3;4m')).toEqual([
      { kind: 'wheel', direction: 'up' },
      { kind: 'wheel', direction: 'down' },
    ]);
  });
  it('reads X10 reports', () => {
    expect(decode(`\u001b[M${String.fromCharCode(96)}!!j`)).toEqual([
      { kind: 'wheel', direction: 'up' },
      { kind: 'key', name: 'j', text: 'j' },
    ]);
  });
});
