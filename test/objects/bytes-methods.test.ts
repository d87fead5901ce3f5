// bytes/bytearray algorithms and bytes repr against CPython 3.11 on the recorded byte-string
// matrix (test/objects/golden/strings-bytes-methods.json).
import { describe, expect, it } from 'vitest';
import {
  bytesCapitalize,
  bytesIsAlnum,
  bytesIsAlpha,
  bytesIsAscii,
  bytesIsDigit,
  bytesIsLower,
  bytesIsSpace,
  bytesIsTitle,
  bytesIsUpper,
  bytesLower,
  bytesSwapcase,
  bytesTitle,
  bytesUpper,
} from '../../src/objects/bytes-case.js';
import { bytesFromHex, bytesHex } from '../../src/objects/bytes-hex.js';
import {
  type ByteSub,
  bytesCenter,
  bytesCount,
  bytesEndsWith,
  bytesExpandTabs,
  bytesFind,
  bytesIndex,
  bytesLjust,
  bytesMaketrans,
  bytesPartition,
  bytesRemovePrefix,
  bytesRemoveSuffix,
  bytesReplace,
  bytesRfind,
  bytesRindex,
  bytesRjust,
  bytesRpartition,
  bytesRsplit,
  bytesSplit,
  bytesSplitLines,
  bytesStartsWith,
  bytesStrip,
  bytesTranslate,
  bytesZfill,
  fillByteError,
} from '../../src/objects/bytes-methods.js';
import { reprByteArray, reprBytes } from '../../src/objects/str-repr.js';
import {
  type GoldenGroup,
  bytesFromHex as hexToBytes,
  loadGolden,
  runGroups,
} from './golden-cases.js';

type Arg = { bytes: string } | number | string | boolean | null | undefined;

const isBytes = (value: Arg): value is { bytes: string } =>
  typeof value === 'object' && value !== null && 'bytes' in value;
const bytesArg = (value: Arg): Uint8Array => hexToBytes((value as { bytes: string }).bytes);
const optBytes = (value: Arg): Uint8Array | null =>
  value === undefined || value === null ? null : bytesArg(value);
const sub = (value: Arg): ByteSub => (isBytes(value) ? bytesArg(value) : (value as number));
const opt = (value: Arg): number | null =>
  value === undefined || value === null ? null : (value as number);

const NO_ARGS: Record<string, (data: Uint8Array) => unknown> = {
  upper: bytesUpper,
  lower: bytesLower,
  capitalize: bytesCapitalize,
  swapcase: bytesSwapcase,
  title: bytesTitle,
  isalpha: bytesIsAlpha,
  isalnum: bytesIsAlnum,
  isdigit: bytesIsDigit,
  isspace: bytesIsSpace,
  islower: bytesIsLower,
  isupper: bytesIsUpper,
  istitle: bytesIsTitle,
  isascii: bytesIsAscii,
  repr: reprBytes,
  repr_bytearray: reprByteArray,
};

function fill(method: 'center' | 'ljust' | 'rjust', value: Arg): number {
  if (value === undefined) return 0x20;
  const data = bytesArg(value);
  if (data.length !== 1) throw fillByteError(method, 'bytes');
  return data[0]!;
}

function dispatch(method: string, receiver: unknown, rawArgs: unknown[]): unknown {
  const data = hexToBytes(receiver as string);
  const args = rawArgs as Arg[];
  const [a, b, c] = args;
  const simple = NO_ARGS[method];
  if (simple !== undefined && args.length === 0) return simple(data);
  switch (method) {
    case 'split':
      return bytesSplit(data, optBytes(a), (b as number | undefined) ?? -1);
    case 'rsplit':
      return bytesRsplit(data, optBytes(a), (b as number | undefined) ?? -1);
    case 'splitlines':
      return bytesSplitLines(data, a === true);
    case 'strip':
      return bytesStrip(data, optBytes(a));
    case 'lstrip':
      return bytesStrip(data, optBytes(a), true, false);
    case 'rstrip':
      return bytesStrip(data, optBytes(a), false, true);
    case 'center':
      return bytesCenter(data, a as number, fill(method, b));
    case 'ljust':
      return bytesLjust(data, a as number, fill(method, b));
    case 'rjust':
      return bytesRjust(data, a as number, fill(method, b));
    case 'zfill':
      return bytesZfill(data, a as number);
    case 'expandtabs':
      return bytesExpandTabs(data, (a as number | undefined) ?? 8);
    case 'find':
      return bytesFind(data, sub(a), opt(b), opt(c));
    case 'rfind':
      return bytesRfind(data, sub(a), opt(b), opt(c));
    case 'index':
      return bytesIndex(data, sub(a), opt(b), opt(c));
    case 'rindex':
      return bytesRindex(data, sub(a), opt(b), opt(c));
    case 'count':
      return bytesCount(data, sub(a), opt(b), opt(c));
    case 'startswith':
      return bytesStartsWith(data, bytesArg(a), opt(b), opt(c));
    case 'endswith':
      return bytesEndsWith(data, bytesArg(a), opt(b), opt(c));
    case 'replace':
      return bytesReplace(data, bytesArg(a), bytesArg(b), (c as number | undefined) ?? -1);
    case 'partition':
      return bytesPartition(data, bytesArg(a));
    case 'rpartition':
      return bytesRpartition(data, bytesArg(a));
    case 'removeprefix':
      return bytesRemovePrefix(data, bytesArg(a));
    case 'removesuffix':
      return bytesRemoveSuffix(data, bytesArg(a));
    case 'translate':
      return bytesTranslate(data, optBytes(a), optBytes(b));
    case 'maketrans':
      return bytesMaketrans(bytesArg(a), bytesArg(b));
    case 'hex':
      return bytesHex(data, (a as string | undefined) ?? null, (b as number | undefined) ?? 1);
    case 'fromhex':
      return bytesFromHex(a as string);
    default:
      throw new Error(`no dispatch for ${method}/${args.length}`);
  }
}

describe('bytes methods match CPython 3.11', () => {
  const groups = loadGolden<GoldenGroup[]>('strings-bytes-methods.json');
  it('every recorded case gives the recorded value or exception', () => {
    const { mismatches, total } = runGroups(groups, dispatch);
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(mismatches.length).toBe(0);
    expect(total).toBeGreaterThan(10000);
  });
});
