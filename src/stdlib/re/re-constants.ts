// Opcodes, position and category codes, and flag bits of the regex engine. The opcodes mirror
// sre's instruction set (CPython Lib/re/_constants.py) with our own numbering; codes are not stable.

/** Instructions of a compiled regex program (an Int32Array), modelled on sre's opcodes. */
export const OP = {
  FAILURE: 0,
  SUCCESS: 1,
  ANY: 2,
  ANY_ALL: 3,
  ASSERT: 4,
  ASSERT_NOT: 5,
  AT: 6,
  BRANCH: 7,
  CATEGORY: 8,
  CHARSET: 9,
  BIGCHARSET: 10,
  GROUPREF: 11,
  GROUPREF_EXISTS: 12,
  IN: 13,
  JUMP: 14,
  LITERAL: 15,
  MARK: 16,
  MAX_UNTIL: 17,
  MIN_UNTIL: 18,
  NOT_LITERAL: 19,
  NEGATE: 20,
  RANGE: 21,
  REPEAT: 22,
  REPEAT_ONE: 23,
  MIN_REPEAT_ONE: 24,
  ATOMIC_GROUP: 25,
  POSSESSIVE_REPEAT: 26,
  POSSESSIVE_REPEAT_ONE: 27,
  GROUPREF_IGNORE: 28,
  IN_IGNORE: 29,
  LITERAL_IGNORE: 30,
  NOT_LITERAL_IGNORE: 31,
  GROUPREF_UNI_IGNORE: 32,
  IN_UNI_IGNORE: 33,
  LITERAL_UNI_IGNORE: 34,
  NOT_LITERAL_UNI_IGNORE: 35,
  RANGE_UNI_IGNORE: 36,
  /** Set op: 8-word bitmap giving the whole set's answer for characters below 256. */
  LATIN1_MAP: 37,
  LITERAL_LOC_IGNORE: 38,
  NOT_LITERAL_LOC_IGNORE: 39,
  IN_LOC_IGNORE: 40,
  GROUPREF_LOC_IGNORE: 41,
} as const;

/** One opcode number. */
export type Opcode = (typeof OP)[keyof typeof OP];

/** Arguments of AT: where a zero-width position assertion holds. */
export const AT = {
  BEGINNING: 0,
  BEGINNING_LINE: 1,
  BEGINNING_STRING: 2,
  BOUNDARY: 3,
  NON_BOUNDARY: 4,
  END: 5,
  END_LINE: 6,
  END_STRING: 7,
  UNI_BOUNDARY: 8,
  UNI_NON_BOUNDARY: 9,
  LOC_BOUNDARY: 10,
  LOC_NON_BOUNDARY: 11,
} as const;

/** One AT code. */
export type AtCode = (typeof AT)[keyof typeof AT];

/** Arguments of CATEGORY (inside character sets): ASCII and Unicode variants of \d \s \w. */
export const CATEGORY = {
  DIGIT: 0,
  NOT_DIGIT: 1,
  SPACE: 2,
  NOT_SPACE: 3,
  WORD: 4,
  NOT_WORD: 5,
  UNI_DIGIT: 6,
  UNI_NOT_DIGIT: 7,
  UNI_SPACE: 8,
  UNI_NOT_SPACE: 9,
  UNI_WORD: 10,
  UNI_NOT_WORD: 11,
  LOC_WORD: 12,
  LOC_NOT_WORD: 13,
} as const;

/** One CATEGORY code. */
export type CategoryCode = (typeof CATEGORY)[keyof typeof CATEGORY];

/** The `re` flag bits, with CPython's values. */
export const RE_FLAG = {
  TEMPLATE: 1,
  IGNORECASE: 2,
  LOCALE: 4,
  MULTILINE: 8,
  DOTALL: 16,
  UNICODE: 32,
  VERBOSE: 64,
  DEBUG: 128,
  ASCII: 256,
} as const;

/** Flags that choose the character model: a, u, L. */
export const TYPE_FLAGS = RE_FLAG.ASCII | RE_FLAG.LOCALE | RE_FLAG.UNICODE;

/** Flags that can only be set for the whole pattern. */
export const GLOBAL_FLAGS = RE_FLAG.DEBUG | RE_FLAG.TEMPLATE;

/** sre's MAXREPEAT on 64-bit builds: "no upper bound" for repeats; counts must stay below it. */
export const MAXREPEAT = 4294967295;

/** sre's MAXGROUPS on 64-bit builds. */
export const MAXGROUPS = 1073741823;

/** How MAXREPEAT is stored in a program (Int32Array); real counts are clamped below it. */
export const CODE_MAXREPEAT = 0x7fffffff;
