// Substring search for str: find/rfind/index/rindex/count/startswith/endswith, replace,
// partition/rpartition, removeprefix/removesuffix. Indices are code points, normalised as CPython's
// slice indices; argument parsing (None, __index__, tuples of prefixes) is the object model's job.

import {
  checkResultLength,
  codePointLength,
  indexOfOffset,
  isAstralFree,
  isAstralFreeCached,
  MAX_STRING_UNITS,
  offsetOfIndex,
} from './code-points.js';
import { PythonError } from './python-error.js';
import { flatStr } from './str-flat.js';

/**
 * True when `needle` could match in the middle of a surrogate pair: it starts with a low surrogate
 * or ends with a high one. Only such needles need the boundary check of `cutsPair`.
 */
export function needsPairCheck(needle: string): boolean {
  if (needle.length === 0) return false;
  const first = needle.charCodeAt(0);
  const last = needle.charCodeAt(needle.length - 1);
  return (first >= 0xdc00 && first <= 0xdfff) || (last >= 0xd800 && last <= 0xdbff);
}

/** True when the match `[offset, offset + length)` splits a surrogate pair of `text`. */
export function cutsPair(text: string, offset: number, length: number): boolean {
  if (offset > 0) {
    const first = text.charCodeAt(offset);
    const before = text.charCodeAt(offset - 1);
    if (first >= 0xdc00 && first <= 0xdfff && before >= 0xd800 && before <= 0xdbff) return true;
  }
  const end = offset + length;
  if (end < text.length) {
    const last = text.charCodeAt(end - 1);
    const after = text.charCodeAt(end);
    if (last >= 0xd800 && last <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) return true;
  }
  return false;
}

/**
 * The UTF-16 offset of the first match of a non-empty `needle` lying wholly inside
 * `[from, to)`, or -1. Matches that would split a surrogate pair are skipped (a Python str sees
 * the pair as one code point).
 */
export function findUnits(text: string, needle: string, from: number, to: number): number {
  const last = to - needle.length;
  if (last < from) return -1;
  let offset = text.indexOf(needle, from);
  if (!needsPairCheck(needle)) return offset !== -1 && offset <= last ? offset : -1;
  while (offset !== -1 && offset <= last) {
    if (!cutsPair(text, offset, needle.length)) return offset;
    offset = text.indexOf(needle, offset + 1);
  }
  return -1;
}

/** Like `findUnits`, searching backwards: the last match wholly inside `[from, to)`, or -1. */
export function rfindUnits(text: string, needle: string, from: number, to: number): number {
  let offset = to - needle.length;
  if (offset < from) return -1;
  offset = text.lastIndexOf(needle, offset);
  if (!needsPairCheck(needle)) return offset >= from ? offset : -1;
  while (offset >= from) {
    if (!cutsPair(text, offset, needle.length)) return offset;
    if (offset === 0) return -1;
    offset = text.lastIndexOf(needle, offset - 1);
  }
  return -1;
}

/** Clamped `[start, end)` code-point bounds, as CPython's ADJUST_INDICES leaves them. */
interface Bounds {
  start: number;
  end: number;
}

/**
 * CPython's ADJUST_INDICES: negative indices count from the end, `end` is clamped to the length,
 * `start` may stay past the end (the callers then find nothing). null stands for None.
 */
export function adjustIndices(start: number | null, end: number | null, length: number): Bounds {
  let from = start ?? 0;
  let to = end ?? length;
  if (to > length) to = length;
  else if (to < 0) {
    to += length;
    if (to < 0) to = 0;
  }
  if (from < 0) {
    from += length;
    if (from < 0) from = 0;
  }
  return { start: from, end: to };
}

/** Shared by find/rfind: the code-point index of a match, or -1. */
function findIndex(
  text: string,
  sub: string,
  start: number | null,
  end: number | null,
  reverse: boolean,
): number {
  if (start === null && end === null) {
    // The common call: one native search, then an offset-to-index conversion if needed.
    if (sub.length === 0) return reverse ? codePointLength(text) : 0;
    const offset = reverse
      ? rfindUnits(text, sub, 0, text.length)
      : findUnits(text, sub, 0, text.length);
    return offset <= 0 ? offset : indexOfOffset(text, offset);
  }
  if (isAstralFreeCached(text)) {
    const length = text.length;
    let to = end ?? length;
    if (to > length) to = length;
    else if (to < 0) to = Math.max(to + length, 0);
    let from = start ?? 0;
    if (from < 0) from = Math.max(from + length, 0);
    if (sub.length === 0) return to - from < 0 ? -1 : reverse ? to : from;
    // A sub holding surrogates cannot occur in surrogate-free text.
    if (to - from < sub.length || !isAstralFree(sub)) return -1;
    if (reverse) {
      const offset = text.lastIndexOf(sub, to - sub.length);
      return offset >= from ? offset : -1;
    }
    const offset = text.indexOf(sub, from);
    return offset !== -1 && offset + sub.length <= to ? offset : -1;
  }
  const bounds = adjustIndices(start, end, codePointLength(text));
  const subLength = codePointLength(sub);
  if (bounds.end - bounds.start < subLength) return -1;
  if (subLength === 0) return reverse ? bounds.end : bounds.start;
  const from = offsetOfIndex(text, bounds.start);
  const to = offsetOfIndex(text, bounds.end);
  const offset = reverse ? rfindUnits(text, sub, from, to) : findUnits(text, sub, from, to);
  return offset < 0 ? -1 : indexOfOffset(text, offset);
}

/** `str.find(sub[, start[, end]])`: the lowest code-point index of `sub`, or -1. */
export function strFind(
  text: string,
  sub: string,
  start: number | null = null,
  end: number | null = null,
): number {
  return findIndex(text, sub, start, end, false);
}

/** `str.rfind(sub[, start[, end]])`: the highest code-point index of `sub`, or -1. */
export function strRfind(
  text: string,
  sub: string,
  start: number | null = null,
  end: number | null = null,
): number {
  return findIndex(text, sub, start, end, true);
}

/** `str.index`: like find, but ValueError "substring not found". */
export function strIndex(
  text: string,
  sub: string,
  start: number | null = null,
  end: number | null = null,
): number {
  const index = findIndex(text, sub, start, end, false);
  if (index < 0) throw new PythonError('ValueError', 'substring not found');
  return index;
}

/** `str.rindex`: like rfind, but ValueError "substring not found". */
export function strRindex(
  text: string,
  sub: string,
  start: number | null = null,
  end: number | null = null,
): number {
  const index = findIndex(text, sub, start, end, true);
  if (index < 0) throw new PythonError('ValueError', 'substring not found');
  return index;
}

/** `str.count(sub[, start[, end]])`: non-overlapping occurrences; '' counts end - start + 1. */
export function strCount(
  text: string,
  sub: string,
  start: number | null = null,
  end: number | null = null,
): number {
  if (start === null && end === null && sub.length > 0 && !needsPairCheck(sub)) {
    // The common call: count native matches over the whole text, no index conversion needed.
    const width = sub.length;
    let count = 0;
    for (let offset = text.indexOf(sub); offset >= 0; offset = text.indexOf(sub, offset + width)) {
      count++;
    }
    return count;
  }
  const astralFree = isAstralFreeCached(text);
  const length = astralFree ? text.length : codePointLength(text);
  const bounds = adjustIndices(start, end, length);
  const subLength = codePointLength(sub);
  if (bounds.end - bounds.start < subLength) return 0;
  if (subLength === 0) return bounds.end - bounds.start + 1;
  const from = astralFree ? bounds.start : offsetOfIndex(text, bounds.start);
  const to = astralFree ? bounds.end : offsetOfIndex(text, bounds.end);
  let count = 0;
  let offset = findUnits(text, sub, from, to);
  while (offset >= 0) {
    count++;
    offset = findUnits(text, sub, offset + sub.length, to);
  }
  return count;
}

/** Shared by startswith/endswith: CPython's tailmatch for one candidate. */
function tailMatch(
  text: string,
  affix: string,
  start: number | null,
  end: number | null,
  atEnd: boolean,
): boolean {
  if (start === null && end === null) {
    const offset = atEnd ? text.length - affix.length : 0;
    if (offset < 0) return false;
    if (!(atEnd ? text.endsWith(affix) : text.startsWith(affix))) return false;
    return !needsPairCheck(affix) || !cutsPair(text, offset, affix.length);
  }
  const astralFree = isAstralFreeCached(text);
  const length = astralFree ? text.length : codePointLength(text);
  const bounds = adjustIndices(start, end, length);
  const affixLength = codePointLength(affix);
  const lastStart = bounds.end - affixLength;
  if (lastStart < bounds.start) return false;
  if (affixLength === 0) return true;
  const index = atEnd ? lastStart : bounds.start;
  const offset = astralFree ? index : offsetOfIndex(text, index);
  if (!text.startsWith(affix, offset)) return false;
  return astralFree || !needsPairCheck(affix) || !cutsPair(text, offset, affix.length);
}

/** `str.startswith(prefix[, start[, end]])` for one prefix (the object model loops over tuples). */
export function strStartsWith(
  text: string,
  prefix: string,
  start: number | null = null,
  end: number | null = null,
): boolean {
  return tailMatch(text, prefix, start, end, false);
}

/** `str.endswith(suffix[, start[, end]])` for one suffix (the object model loops over tuples). */
export function strEndsWith(
  text: string,
  suffix: string,
  start: number | null = null,
  end: number | null = null,
): boolean {
  return tailMatch(text, suffix, start, end, true);
}

/**
 * `str.replace(old, new[, count])`: the first `count` (all when negative) non-overlapping
 * occurrences. An empty `old` inserts `new` before every code point and at the end.
 */
export function strReplace(text: string, old: string, replacement: string, count = -1): string {
  if (count === 0) return text;
  const growth = replacement.length - old.length;
  const worstCase = text.length + (Math.floor(text.length / Math.max(old.length, 1)) + 1) * growth;
  if (growth > 0 && worstCase > MAX_STRING_UNITS) {
    // The result might not fit: count the matches before building it.
    const matches = old.length === 0 ? text.length + 1 : strCount(text, old);
    const replaced = count < 0 ? matches : Math.min(matches, count);
    checkResultLength(text.length + replaced * (replacement.length - old.length));
  }
  if (old.length === 0) {
    const astralFree = isAstralFreeCached(text);
    const length = astralFree ? text.length : codePointLength(text);
    const insertions = count < 0 || count > length + 1 ? length + 1 : count;
    let result = '';
    let offset = 0;
    for (let i = 0; i < insertions; i++) {
      result += replacement;
      if (i < length) {
        const width = astralFree ? 1 : unitWidth(text, offset);
        result += text.slice(offset, offset + width);
        offset += width;
      }
    }
    return flatStr(result + text.slice(offset));
  }
  // A loop of native searches: no intermediate arrays, and the text itself when nothing matches.
  const checkPairs = needsPairCheck(old);
  let offset = checkPairs ? findUnits(text, old, 0, text.length) : text.indexOf(old);
  if (offset < 0) return text;
  let result = '';
  let previous = 0;
  let remaining = count < 0 ? Number.POSITIVE_INFINITY : count;
  const oldLength = old.length;
  while (offset >= 0 && remaining > 0) {
    result += text.slice(previous, offset) + replacement;
    previous = offset + oldLength;
    remaining--;
    offset = checkPairs ? findUnits(text, old, previous, text.length) : text.indexOf(old, previous);
  }
  return flatStr(result + text.slice(previous));
}

function unitWidth(text: string, offset: number): number {
  const unit = text.charCodeAt(offset);
  if (unit >= 0xd800 && unit <= 0xdbff && offset + 1 < text.length) {
    const next = text.charCodeAt(offset + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

/** `sub in text`: an empty sub is always contained. */
export function strContains(text: string, sub: string): boolean {
  if (sub.length === 0) return true;
  return findUnits(text, sub, 0, text.length) >= 0;
}

/** `str.partition(sep)`: [before, sep, after], or [text, '', ''] when sep is absent. */
export function strPartition(text: string, sep: string): [string, string, string] {
  if (sep.length === 0) throw new PythonError('ValueError', 'empty separator');
  const offset = findUnits(text, sep, 0, text.length);
  if (offset < 0) return [text, '', ''];
  return [text.slice(0, offset), sep, text.slice(offset + sep.length)];
}

/** `str.rpartition(sep)`: [before, sep, after] at the last sep, or ['', '', text]. */
export function strRpartition(text: string, sep: string): [string, string, string] {
  if (sep.length === 0) throw new PythonError('ValueError', 'empty separator');
  const offset = rfindUnits(text, sep, 0, text.length);
  if (offset < 0) return ['', '', text];
  return [text.slice(0, offset), sep, text.slice(offset + sep.length)];
}

/** `str.removeprefix(prefix)` */
export function strRemovePrefix(text: string, prefix: string): string {
  if (prefix.length === 0 || !text.startsWith(prefix)) return text;
  if (needsPairCheck(prefix) && cutsPair(text, 0, prefix.length)) return text;
  return text.slice(prefix.length);
}

/** `str.removesuffix(suffix)` */
export function strRemoveSuffix(text: string, suffix: string): string {
  if (suffix.length === 0 || !text.endsWith(suffix)) return text;
  const offset = text.length - suffix.length;
  if (needsPairCheck(suffix) && cutsPair(text, offset, suffix.length)) return text;
  return text.slice(0, offset);
}
