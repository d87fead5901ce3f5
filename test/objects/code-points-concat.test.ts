// noteConcatenation: a long str built from parts known to hold no surrogates is recorded as
// surrogate-free, and any other concatenation records nothing, so len() stays CPython's answer.
// Expected lengths are len() of the same strs under python3 (3.11.7).
import { describe, expect, it } from 'vitest';
import {
  codePointLength,
  isAstralFreeCached,
  noteConcatenation,
  offsetOfIndex,
} from '../../src/objects/code-points.js';

describe('noteConcatenation', () => {
  it('records a concatenation of surrogate-free parts, short or cached', () => {
    let text = 'ab'.repeat(150);
    expect(isAstralFreeCached(text)).toBe(true);
    for (let step = 0; step < 10; step++) {
      const grown = `${text}xy`;
      noteConcatenation(text, 'xy', grown);
      text = grown;
    }
    expect(codePointLength(text)).toBe(320);
    expect(offsetOfIndex(text, 319)).toBe(319);
  });

  it('records nothing when a part holds surrogates, whichever side', () => {
    const plain = 'a'.repeat(300);
    expect(isAstralFreeCached(plain)).toBe(true);
    const withPair = `${plain}\u{1f600}`;
    noteConcatenation(plain, '\u{1f600}', withPair);
    expect(codePointLength(withPair)).toBe(301);
    const before = `\u{1f600}${plain}`;
    noteConcatenation('\u{1f600}', plain, before);
    expect(codePointLength(before)).toBe(301);
    expect(offsetOfIndex(before, 1)).toBe(2);
  });

  it('records nothing for a long part it has not seen', () => {
    const unseen = `${'b'.repeat(299)}\u{1f600}`;
    const joined = `${unseen}c`;
    noteConcatenation(unseen, 'c', joined);
    expect(codePointLength(joined)).toBe(301);
  });
});
