// Every code point 0..0x10FFFF: predicates, case mappings (in and out of context), categories,
// digit values and repr must hash, block by block, to what CPython 3.11 recorded.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codePointToString } from '../../src/objects/code-points.js';
import {
  strCapitalize,
  strCasefold,
  strLower,
  strSwapcase,
  strTitle,
  strUpper,
} from '../../src/objects/str-case.js';
import {
  strIsAlnum,
  strIsAlpha,
  strIsAscii,
  strIsDecimal,
  strIsDigit,
  strIsIdentifier,
  strIsLower,
  strIsNumeric,
  strIsPrintable,
  strIsSpace,
  strIsTitle,
  strIsUpper,
} from '../../src/objects/str-predicates.js';
import { asciiStr, reprStr } from '../../src/objects/str-repr.js';
import { splitLines, splitWhitespace } from '../../src/objects/str-split.js';
import {
  codePointCategory,
  codePointDecimal,
  codePointDigit,
} from '../../src/objects/unicode-data.js';

interface BlockGolden {
  blockSize: number;
  unicodeVersion: string;
  hashes: string[];
}

const golden = JSON.parse(
  readFileSync(new URL('./golden/strings-unicode-blocks.json', import.meta.url), 'utf8'),
) as BlockGolden;

function fnv1a(text: string): string {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value.toString(16).padStart(8, '0');
}

/** The same summary scripts/record-string-goldens.py builds for one code point. */
function codePointSummary(point: number): string {
  const ch = codePointToString(point);
  const bits = [
    strIsAlpha(ch),
    strIsDecimal(ch),
    strIsDigit(ch),
    strIsNumeric(ch),
    strIsAlnum(ch),
    strIsSpace(ch),
    strIsPrintable(ch),
    strIsUpper(ch),
    strIsLower(ch),
    strIsTitle(ch),
    strIsIdentifier(ch),
    strIsIdentifier(`a${ch}`),
    strIsAscii(ch),
  ]
    .map((value) => (value ? '1' : '0'))
    .join('');
  const parts = [
    bits,
    strUpper(ch),
    strLower(ch),
    strTitle(ch),
    strCasefold(ch),
    strSwapcase(ch),
    strCapitalize(ch),
    strLower(`A${ch}\u03a3`),
    strLower(`A\u03a3${ch}`),
    strTitle(`${ch}a`),
    strIsTitle(`A${ch}a`) ? 'T' : 'F',
    String(splitLines(`a${ch}b`, false).length),
    String(splitWhitespace(`a${ch}b`, -1).length),
    codePointCategory(point),
    String(codePointDecimal(point)),
    String(codePointDigit(point)),
    reprStr(ch),
    asciiStr(ch),
  ];
  return parts.join('\u0001');
}

describe('every code point matches CPython 3.11', () => {
  it('hashes of all 256-code-point blocks equal the recorded ones', () => {
    const mismatched: string[] = [];
    const size = golden.blockSize;
    for (let block = 0; block < golden.hashes.length; block++) {
      const summaries: string[] = [];
      for (let point = block * size; point < (block + 1) * size; point++) {
        summaries.push(codePointSummary(point));
      }
      if (fnv1a(summaries.join('\u0002')) !== golden.hashes[block]) {
        mismatched.push((block * size).toString(16));
      }
    }
    expect(golden.hashes.length).toBe(0x110000 / size);
    expect(mismatched).toEqual([]);
  });
});
