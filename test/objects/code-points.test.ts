// Code-point length, indexing and slicing (with steps) against CPython 3.11, on strings with
// astral characters and lone surrogates.
import { describe, expect, it } from 'vitest';
import {
  adjustSlice,
  charAtIndex,
  codePointLength,
  compareCodePoints,
  fromCodePoints,
  indexOfOffset,
  isAstralFree,
  offsetOfIndex,
  sliceWithStep,
  toCodePoints,
} from '../../src/objects/code-points.js';
import { PythonError } from '../../src/objects/python-error.js';
import { strContains } from '../../src/objects/str-search.js';
import { type GoldenGroup, loadGolden, runGroups } from './golden-cases.js';

function dispatch(method: string, receiver: unknown, args: unknown[]): unknown {
  const text = receiver as string;
  const length = codePointLength(text);
  if (method === 'len') return length;
  if (method === 'sorted') return [...(args[0] as string[])].sort(compareCodePoints);
  if (method === 'contains') return strContains(text, args[0] as string);
  if (method === 'getitem') {
    let index = args[0] as number;
    if (index < 0) index += length;
    if (index < 0 || index >= length)
      throw new PythonError('IndexError', 'string index out of range');
    return charAtIndex(text, index);
  }
  const [start, stop, step] = args as (number | null)[];
  if (step === 0) throw new PythonError('ValueError', 'slice step cannot be zero');
  const bounds = adjustSlice(length, start ?? null, stop ?? null, step ?? 1);
  return [sliceWithStep(text, bounds), [bounds.start, bounds.stop, bounds.step]];
}

describe('code points match CPython 3.11', () => {
  it('len, indexing and slicing give the recorded results', () => {
    const groups = loadGolden<GoldenGroup[]>('strings-code-points.json');
    const { mismatches, total } = runGroups(groups, dispatch);
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(total).toBeGreaterThan(4000);
  });

  it('offsets and indices convert both ways around astral characters', () => {
    const text = 'a\u{1f600}b\u{1d49c}';
    expect(isAstralFree(text)).toBe(false);
    expect(isAstralFree('plain \u00e9')).toBe(true);
    expect([0, 1, 2, 3, 4].map((index) => offsetOfIndex(text, index))).toEqual([0, 1, 3, 4, 6]);
    expect([0, 1, 3, 4, 6].map((offset) => indexOfOffset(text, offset))).toEqual([0, 1, 2, 3, 4]);
    expect(toCodePoints(text)).toEqual([0x61, 0x1f600, 0x62, 0x1d49c]);
    expect(fromCodePoints([0x61, 0xd800, 0x1f600])).toBe('a\ud800\u{1f600}');
  });
});
