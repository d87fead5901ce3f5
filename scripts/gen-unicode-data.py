#!/usr/bin/env python3
"""Generate src/objects/unicode-data.ts from this python3's unicodedata and str methods.

Run with CPython 3.11 (Unicode 14.0.0): `python3 scripts/gen-unicode-data.py`.
Every property is read from the behaviour of CPython itself (str predicates, case methods,
unicodedata.category/decimal/digit), so the table answers exactly as CPython 3.11 does.
The encoding of the emitted strings is documented in the header of the generated file.
"""

import json
import pathlib
import subprocess
import sys
import unicodedata

OUT = pathlib.Path(__file__).resolve().parent.parent / 'src' / 'objects' / 'unicode-data.ts'

MAX_CODE_POINT = 0x10FFFF
BLOCK_SHIFT = 7
BLOCK_SIZE = 1 << BLOCK_SHIFT

CATEGORIES = [
    'Cn', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No', 'Pc', 'Pd', 'Ps',
    'Pe', 'Pi', 'Pf', 'Po', 'Sm', 'Sc', 'Sk', 'So', 'Zs', 'Zl', 'Zp', 'Cc', 'Cf', 'Cs', 'Co',
]

# Flag bits, in the order they are declared in the generated UnicodeFlag table.
FLAG_NAMES = [
    'ALPHA', 'DECIMAL', 'DIGIT', 'NUMERIC', 'SPACE', 'PRINTABLE', 'UPPER', 'LOWER', 'TITLE',
    'CASED', 'CASE_IGNORABLE', 'XID_START', 'XID_CONTINUE', 'LINEBREAK',
]
FLAG = {name: 1 << index for index, name in enumerate(FLAG_NAMES)}

CASE_KINDS = ['upper', 'lower', 'title', 'fold']

# 64 symbols; values 0-31 end a number, 32-63 carry 5 more bits (most significant first).
ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_'


def encode_number(value):
    """Encode a non-negative integer as base-32 digits; all but the last are offset by 32."""
    assert value >= 0
    digits = []
    while True:
        digits.append(value & 31)
        value >>= 5
        if value == 0:
            break
    digits.reverse()
    return ''.join(ALPHABET[d + 32] for d in digits[:-1]) + ALPHABET[digits[-1]]


def zigzag(value):
    return value * 2 if value >= 0 else -value * 2 - 1


def flags_of(cp):
    ch = chr(cp)
    flags = 0
    if ch.isalpha():
        flags |= FLAG['ALPHA']
    if ch.isdecimal():
        flags |= FLAG['DECIMAL']
    if ch.isdigit():
        flags |= FLAG['DIGIT']
    if ch.isnumeric():
        flags |= FLAG['NUMERIC']
    if ch.isspace():
        flags |= FLAG['SPACE']
    if ch.isprintable():
        flags |= FLAG['PRINTABLE']
    if ch.isupper():
        flags |= FLAG['UPPER']
    if ch.islower():
        flags |= FLAG['LOWER']
    # A single character is title-like when it is titlecase (Lt) or uppercase; keep Lt only.
    if unicodedata.category(ch) == 'Lt':
        flags |= FLAG['TITLE']
    # title() keeps the next letter lower exactly when the previous character is cased.
    if (ch + 'a').title()[-1] == 'a':
        flags |= FLAG['CASED']
    # lower() maps a capital sigma to final form after a cased letter, skipping case-ignorables
    # on the left, and only when no cased letter follows (again skipping case-ignorables).
    after_cased = ('A' + ch + '\u03a3').lower()[-1] == '\u03c2'
    before_end = ('A\u03a3' + ch).lower()[1] == '\u03c2'
    if after_cased and before_end:
        flags |= FLAG['CASE_IGNORABLE']
    if ch.isidentifier():
        flags |= FLAG['XID_START']
    if ('a' + ch).isidentifier():
        flags |= FLAG['XID_CONTINUE']
    if len(('a' + ch + 'b').splitlines()) == 2:
        flags |= FLAG['LINEBREAK']
    return flags


def mapping_of(cp, kind):
    ch = chr(cp)
    if kind == 'upper':
        mapped = ch.upper()
    elif kind == 'lower':
        mapped = ch.lower()
    elif kind == 'title':
        mapped = ch.title()
    else:
        mapped = ch.casefold()
    return mapped


def main():
    if unicodedata.unidata_version != '14.0.0':
        sys.exit(f'expected Unicode 14.0.0 (CPython 3.11), got {unicodedata.unidata_version}')

    extended = []  # multi-character case mappings
    extended_index = {}
    records = []
    record_index = {}
    per_cp = []

    for cp in range(MAX_CODE_POINT + 1):
        ch = chr(cp)
        flags = flags_of(cp)
        category = CATEGORIES.index(unicodedata.category(ch))
        digit = unicodedata.digit(ch, -1)
        decimal = unicodedata.decimal(ch, -1)
        assert decimal == -1 or decimal == digit
        mappings = []
        for kind in CASE_KINDS:
            mapped = mapping_of(cp, kind)
            if len(mapped) == 1:
                mappings.append(zigzag(ord(mapped) - cp) * 2)
            else:
                if mapped not in extended_index:
                    extended_index[mapped] = len(extended)
                    extended.append(mapped)
                mappings.append(extended_index[mapped] * 2 + 1)
        record = (flags, category, digit + 1, *mappings)
        if record not in record_index:
            record_index[record] = len(records)
            records.append(record)
        per_cp.append(record_index[record])

    blocks = []
    block_ids = {}
    block_index = []
    for start in range(0, MAX_CODE_POINT + 1, BLOCK_SIZE):
        block = tuple(per_cp[start:start + BLOCK_SIZE])
        if block not in block_ids:
            block_ids[block] = len(blocks)
            blocks.append(block)
        block_index.append(block_ids[block])

    def run_length(values):
        out = []
        i = 0
        while i < len(values):
            j = i
            while j < len(values) and values[j] == values[i]:
                j += 1
            out.append(encode_number(values[i]) + encode_number(j - i - 1))
            i = j
        return ''.join(out)

    records_text = ''.join(
        ''.join(encode_number(field) for field in record) for record in records
    )
    block_index_text = run_length(block_index)
    blocks_text = ''.join(run_length(block) for block in blocks)
    extended_text = '\u0000'.join(extended)

    header = f'''// GENERATED by scripts/gen-unicode-data.py from CPython {sys.version.split()[0]} (Unicode {unicodedata.unidata_version}).
// Do not edit. Character properties and case mappings for the str methods; the algorithms that
// use them live in str-case.ts, str-predicates.ts and friends.
//
// Encoding. Every table is a string of symbols from NUMBER_ALPHABET; a number is written as base-32
// digits, most significant first, where every digit but the last is offset by 32 (so values below
// 32 take one symbol). Tables:
// - RECORDS: {len(records)} records of 7 numbers each: flags (UnicodeFlag bits), general category
//   (index into CATEGORIES), digit value + 1 (0 = none), then the upper, lower, title and casefold
//   mappings. A mapping m is even for a single code point (m >> 1 is the zigzag-encoded delta from the
//   code point) and odd for a multi-character result (m >> 1 indexes EXTENDED_CASE).
// - BLOCK_INDEX: the block id of each {BLOCK_SIZE}-code-point block of 0..0x10FFFF, run-length encoded
//   as pairs (value, repeat - 1).
// - BLOCKS: {len(blocks)} distinct blocks, each {BLOCK_SIZE} record indices run-length encoded the same
//   way, concatenated in block-id order.
// - EXTENDED_CASE: the multi-character case mappings, separated by U+0000.
// Decoding happens once, at the first lookup, into a two-level table (block index, then block).
'''

    flag_lines = '\n'.join(f'  {name}: {FLAG[name]},' for name in FLAG_NAMES)
    body = f'''
/** The Unicode version CPython 3.11 answers with (`unicodedata.unidata_version`). */
export const UNICODE_VERSION = '{unicodedata.unidata_version}';

/** Property bits of a code point, as CPython's str predicates see them. */
export const UnicodeFlag = {{
{flag_lines}
}} as const;

/** General categories, indexed by the category number stored in a record. */
export const CATEGORIES = {json.dumps(CATEGORIES)} as const;

/** A general category name such as `'Lu'`. */
export type GeneralCategory = (typeof CATEGORIES)[number];

const NUMBER_ALPHABET = '{ALPHABET}';
const BLOCK_SHIFT = {BLOCK_SHIFT};
const BLOCK_MASK = {BLOCK_SIZE - 1};
const RECORD_FIELDS = 7;

const RECORDS =
  '{records_text}';

const BLOCK_INDEX =
  '{block_index_text}';

const BLOCKS =
  '{blocks_text}';

const EXTENDED_CASE = {json.dumps(extended_text)};
'''

    decoder = '''
/** Decoded tables; null until the first lookup. */
interface UnicodeTables {
  readonly blockIndex: Uint16Array;
  readonly blocks: Uint16Array;
  readonly flags: Uint16Array;
  readonly category: Uint8Array;
  readonly digit: Int8Array;
  /** Four mappings per record (upper, lower, title, fold), encoded as in RECORDS. */
  readonly mappings: Int32Array;
  readonly extended: readonly string[];
}

let tables: UnicodeTables | null = null;

/** A cursor over one encoded table string. */
class NumberReader {
  private position = 0;
  private readonly text: string;
  private readonly digitValues: Int8Array;

  constructor(text: string, digitValues: Int8Array) {
    this.text = text;
    this.digitValues = digitValues;
  }

  next(): number {
    let value = 0;
    for (;;) {
      const digit = this.digitValues[this.text.charCodeAt(this.position++)]!;
      if (digit < 32) return value * 32 + digit;
      value = value * 32 + (digit - 32);
    }
  }
}

function decodeRunLength(reader: NumberReader, target: Uint16Array, offset: number, count: number): void {
  let filled = 0;
  while (filled < count) {
    const value = reader.next();
    const repeat = reader.next() + 1;
    target.fill(value, offset + filled, offset + filled + repeat);
    filled += repeat;
  }
}

function decodeTables(): UnicodeTables {
  const digitValues = new Int8Array(128).fill(-1);
  for (let i = 0; i < NUMBER_ALPHABET.length; i++) digitValues[NUMBER_ALPHABET.charCodeAt(i)] = i;
  const recordReader = new NumberReader(RECORDS, digitValues);
  const recordCount = RECORD_COUNT;
  const flags = new Uint16Array(recordCount);
  const category = new Uint8Array(recordCount);
  const digit = new Int8Array(recordCount);
  const mappings = new Int32Array(recordCount * 4);
  for (let record = 0; record < recordCount; record++) {
    flags[record] = recordReader.next();
    category[record] = recordReader.next();
    digit[record] = recordReader.next() - 1;
    for (let kind = 0; kind < 4; kind++) mappings[record * 4 + kind] = recordReader.next();
  }
  const blockCount = 0x110000 >> BLOCK_SHIFT;
  const blockIndex = new Uint16Array(blockCount);
  decodeRunLength(new NumberReader(BLOCK_INDEX, digitValues), blockIndex, 0, blockCount);
  const blocks = new Uint16Array(DISTINCT_BLOCKS << BLOCK_SHIFT);
  const blockReader = new NumberReader(BLOCKS, digitValues);
  for (let block = 0; block < DISTINCT_BLOCKS; block++) {
    decodeRunLength(blockReader, blocks, block << BLOCK_SHIFT, BLOCK_MASK + 1);
  }
  return { blockIndex, blocks, flags, category, digit, mappings, extended: EXTENDED_CASE.split('\\0') };
}

function loadTables(): UnicodeTables {
  if (tables === null) tables = decodeTables();
  return tables;
}

function recordOf(table: UnicodeTables, codePoint: number): number {
  if (codePoint < 0 || codePoint > 0x10ffff) return 0;
  return table.blocks[(table.blockIndex[codePoint >> BLOCK_SHIFT]! << BLOCK_SHIFT) | (codePoint & BLOCK_MASK)]!;
}

/** The UnicodeFlag bits of a code point (0 outside 0..0x10FFFF). */
export function codePointFlags(codePoint: number): number {
  const table = tables ?? loadTables();
  return table.flags[recordOf(table, codePoint)]!;
}

/** The general category of a code point, as `unicodedata.category` answers. */
export function codePointCategory(codePoint: number): GeneralCategory {
  const table = tables ?? loadTables();
  return CATEGORIES[table.category[recordOf(table, codePoint)]!]!;
}

/** The digit value of a code point (`unicodedata.digit`), or -1 when it has none. */
export function codePointDigit(codePoint: number): number {
  const table = tables ?? loadTables();
  return table.digit[recordOf(table, codePoint)]!;
}

/** The decimal value of a code point (`unicodedata.decimal`), or -1 when it is not a decimal digit. */
export function codePointDecimal(codePoint: number): number {
  const table = tables ?? loadTables();
  const record = recordOf(table, codePoint);
  return (table.flags[record]! & UnicodeFlag.DECIMAL) !== 0 ? table.digit[record]! : -1;
}

/** Which full case mapping to read: upper, lower (without the final-sigma rule), title, casefold. */
export const CaseKind = { UPPER: 0, LOWER: 1, TITLE: 2, FOLD: 3 } as const;

/** One of the CaseKind values. */
export type CaseKind = (typeof CaseKind)[keyof typeof CaseKind];

/**
 * The full case mapping of a code point: a code point (>= 0) when it maps to one character, or
 * `-1 - index` when it maps to several, with the text in `extendedCaseMapping(index)`.
 */
export function caseMapping(codePoint: number, kind: CaseKind): number {
  const table = tables ?? loadTables();
  const encoded = table.mappings[recordOf(table, codePoint) * 4 + kind]!;
  if ((encoded & 1) === 1) return -1 - (encoded >> 1);
  const zigzagged = encoded >> 1;
  return codePoint + ((zigzagged & 1) === 1 ? -((zigzagged + 1) >> 1) : zigzagged >> 1);
}

/** The text of a multi-character case mapping returned by `caseMapping` as `-1 - index`. */
export function extendedCaseMapping(index: number): string {
  const table = tables ?? loadTables();
  return table.extended[index]!;
}
'''
    decoder = decoder.replace('RECORD_COUNT', str(len(records))).replace(
        'DISTINCT_BLOCKS', str(len(blocks)))
    text = header + body + decoder
    # RECORD_FIELDS documents the record width; keep the constant referenced.
    text = text.replace('const RECORD_FIELDS = 7;\n', '')
    OUT.write_text(text, encoding='utf-8')
    # Emit the file as the formatter would, so regenerating yields no diff.
    subprocess.run(['npx', 'biome', 'format', '--write', str(OUT)], check=True,
                   cwd=OUT.parent.parent.parent, capture_output=True)
    print(f'{OUT}: {len(text)} characters, {len(records)} records, {len(blocks)} blocks, '
          f'{len(extended)} extended mappings')


if __name__ == '__main__':
    main()
