// Every str method algorithm against CPython 3.11 on the recorded string matrix
// (test/objects/golden/strings-str-methods.json).
import { describe, expect, it } from 'vitest';
import { codePointLength } from '../../src/objects/code-points.js';
import {
  strCapitalize,
  strCasefold,
  strLower,
  strSwapcase,
  strTitle,
  strUpper,
} from '../../src/objects/str-case.js';
import {
  StripSide,
  strCenter,
  strExpandTabs,
  strLjust,
  strRjust,
  strStrip,
  strZfill,
} from '../../src/objects/str-pad.js';
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
import {
  strCount,
  strEndsWith,
  strFind,
  strIndex,
  strPartition,
  strRemovePrefix,
  strRemoveSuffix,
  strReplace,
  strRfind,
  strRindex,
  strRpartition,
  strStartsWith,
} from '../../src/objects/str-search.js';
import { splitLines, strRsplit, strSplit } from '../../src/objects/str-split.js';
import { maketransKey, strMaketrans, strTranslate } from '../../src/objects/str-translate.js';
import { type GoldenGroup, loadGolden, runGroups } from './golden-cases.js';

type Arg = string | number | boolean | null | { dict: [number, unknown][] };

const str = (value: Arg | undefined): string => value as string;
const num = (value: Arg | undefined, fallback: number): number =>
  value === undefined ? fallback : (value as number);
const opt = (value: Arg | undefined): number | null =>
  value === undefined || value === null ? null : (value as number);

const NO_ARGS: Record<string, (text: string) => unknown> = {
  upper: strUpper,
  lower: strLower,
  casefold: strCasefold,
  title: strTitle,
  capitalize: strCapitalize,
  swapcase: strSwapcase,
  isalpha: strIsAlpha,
  isdigit: strIsDigit,
  isdecimal: strIsDecimal,
  isnumeric: strIsNumeric,
  isalnum: strIsAlnum,
  isspace: strIsSpace,
  isupper: strIsUpper,
  islower: strIsLower,
  istitle: strIsTitle,
  isidentifier: strIsIdentifier,
  isprintable: strIsPrintable,
  isascii: strIsAscii,
  len: codePointLength,
  repr: (text) => reprStr(text),
  ascii: asciiStr,
};

const STRIP_SIDES: Record<string, StripSide> = {
  strip: StripSide.BOTH,
  lstrip: StripSide.LEFT,
  rstrip: StripSide.RIGHT,
};

function dispatch(method: string, receiver: unknown, rawArgs: unknown[]): unknown {
  const text = receiver as string;
  const args = rawArgs as Arg[];
  const [a, b, c] = args;
  const simple = NO_ARGS[method];
  if (simple !== undefined && args.length === 0) return simple(text);
  switch (method) {
    case 'split':
      return strSplit(text, a === undefined ? null : (a as string | null), num(b, -1));
    case 'rsplit':
      return strRsplit(text, a === undefined ? null : (a as string | null), num(b, -1));
    case 'splitlines':
      return splitLines(text, a === true);
    case 'strip':
    case 'lstrip':
    case 'rstrip':
      return strStrip(text, a === undefined ? null : (a as string | null), STRIP_SIDES[method]);
    case 'center':
      return strCenter(text, num(a, 0), b === undefined ? ' ' : str(b));
    case 'ljust':
      return strLjust(text, num(a, 0), b === undefined ? ' ' : str(b));
    case 'rjust':
      return strRjust(text, num(a, 0), b === undefined ? ' ' : str(b));
    case 'zfill':
      return strZfill(text, num(a, 0));
    case 'expandtabs':
      return strExpandTabs(text, num(a, 8));
    case 'find':
      return strFind(text, str(a), opt(b), opt(c));
    case 'rfind':
      return strRfind(text, str(a), opt(b), opt(c));
    case 'index':
      return strIndex(text, str(a), opt(b), opt(c));
    case 'rindex':
      return strRindex(text, str(a), opt(b), opt(c));
    case 'count':
      return strCount(text, str(a), opt(b), opt(c));
    case 'startswith':
      return strStartsWith(text, str(a), opt(b), opt(c));
    case 'endswith':
      return strEndsWith(text, str(a), opt(b), opt(c));
    case 'replace':
      return strReplace(text, str(a), str(b), num(c, -1));
    case 'partition':
      return strPartition(text, str(a));
    case 'rpartition':
      return strRpartition(text, str(a));
    case 'removeprefix':
      return strRemovePrefix(text, str(a));
    case 'removesuffix':
      return strRemoveSuffix(text, str(a));
    case 'translate': {
      const table = new Map((a as { dict: [number, unknown][] }).dict);
      return strTranslate(text, (point) =>
        table.has(point) ? (table.get(point) as string | number | null) : undefined,
      );
    }
    case 'maketrans':
      return [...strMaketrans(str(a), str(b), c === undefined ? null : str(c)).entries()].sort(
        (x, y) => x[0] - y[0],
      );
    case 'maketrans_key':
      return maketransKey(a as string | number);
    default:
      throw new Error(`no dispatch for ${method}/${args.length}`);
  }
}

describe('str methods match CPython 3.11', () => {
  const groups = loadGolden<GoldenGroup[]>('strings-str-methods.json');
  it('every recorded case gives the recorded value or exception', () => {
    const { mismatches, total } = runGroups(groups, dispatch);
    expect(total).toBeGreaterThan(20000);
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(mismatches.length).toBe(0);
  });
});
