// Case conversion for str: upper, lower (with CPython's Final_Sigma rule), casefold, title,
// capitalize, swapcase. Uses the full (multi-character) mappings, as CPython's str methods do.

import { flatStr } from './str-flat.js';
import { flagsOf } from './str-predicates.js';
import { CaseKind, caseMapping, extendedCaseMapping, UnicodeFlag } from './unicode-data.js';

const F = UnicodeFlag;
/**
 * Text with no character above U+00FF. JS's own case mapping equals CPython's on Latin-1 (checked
 * by the full-range test), and V8 answers this regex without scanning one-byte strings.
 */
const BEYOND_LATIN1 = /[\u0100-\uffff]/;
/** The two Latin-1 characters whose casefold differs from their lowercase. */
const FOLD_SPECIAL = /[\u00b5\u00df]/g;
const CAPITAL_SIGMA = 0x3a3;
const SMALL_SIGMA = 0x3c3;
const FINAL_SIGMA = 0x3c2;

/** Accumulates UTF-16 units and flushes them to a string in chunks (no per-character strings). */
class UnitWriter {
  private text = '';
  private readonly units: number[] = [];

  /** Append one code point (surrogate code points allowed). */
  point(point: number): void {
    if (point > 0xffff) {
      const shifted = point - 0x10000;
      this.units.push(0xd800 + (shifted >> 10), 0xdc00 + (shifted & 0x3ff));
    } else {
      this.units.push(point);
    }
    if (this.units.length >= 2048) this.flush();
  }

  /** Append one UTF-16 unit. */
  unit(unit: number): void {
    this.units.push(unit);
    if (this.units.length >= 2048) this.flush();
  }

  /** Append the result of `caseMapping`: a code point, or an extended mapping's index. */
  mapped(mapping: number): void {
    if (mapping >= 0) {
      this.point(mapping);
      return;
    }
    const extended = extendedCaseMapping(-1 - mapping);
    for (let i = 0; i < extended.length; i++) this.units.push(extended.charCodeAt(i));
    if (this.units.length >= 2048) this.flush();
  }

  private flush(): void {
    this.text += String.fromCharCode(...this.units);
    this.units.length = 0;
  }

  finish(): string {
    if (this.units.length > 0) this.flush();
    return this.text;
  }
}

/** `caseMapping` with the ASCII range answered without the tables. */
function mapPoint(point: number, kind: CaseKind): number {
  if (point < 128) {
    if (kind === CaseKind.UPPER || kind === CaseKind.TITLE) {
      return point >= 0x61 && point <= 0x7a ? point - 32 : point;
    }
    return point >= 0x41 && point <= 0x5a ? point + 32 : point;
  }
  return caseMapping(point, kind);
}

/** Read the code point at `offset`, combining a surrogate pair. */
function pointAt(text: string, offset: number): number {
  const unit = text.charCodeAt(offset);
  if (unit >= 0xd800 && unit <= 0xdbff && offset + 1 < text.length) {
    const next = text.charCodeAt(offset + 1);
    if (next >= 0xdc00 && next <= 0xdfff)
      return ((unit - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
  }
  return unit;
}

/** Read the code point ending just before `offset`, combining a surrogate pair. */
function pointBefore(text: string, offset: number): number {
  const unit = text.charCodeAt(offset - 1);
  if (unit >= 0xdc00 && unit <= 0xdfff && offset >= 2) {
    const previous = text.charCodeAt(offset - 2);
    if (previous >= 0xd800 && previous <= 0xdbff) {
      return ((previous - 0xd800) << 10) + (unit - 0xdc00) + 0x10000;
    }
  }
  return unit;
}

/**
 * CPython's Final_Sigma test for the capital sigma at UTF-16 `offset`: a cased letter precedes it
 * and none follows, skipping case-ignorable characters on both sides.
 */
function isFinalSigma(text: string, offset: number): boolean {
  let position = offset;
  let point = 0;
  let found = false;
  while (position > 0) {
    point = pointBefore(text, position);
    position -= point > 0xffff ? 2 : 1;
    if ((flagsOf(point) & F.CASE_IGNORABLE) === 0) {
      found = true;
      break;
    }
  }
  if (!found || (flagsOf(point) & F.CASED) === 0) return false;
  position = offset + 1;
  while (position < text.length) {
    point = pointAt(text, position);
    position += point > 0xffff ? 2 : 1;
    if ((flagsOf(point) & F.CASE_IGNORABLE) === 0) return (flagsOf(point) & F.CASED) === 0;
  }
  return true;
}

/** Lowercase one code point in context (the sigma rule needs its neighbours). */
function lowerInContext(text: string, offset: number, point: number, out: UnitWriter): void {
  if (point === CAPITAL_SIGMA) {
    out.point(isFinalSigma(text, offset) ? FINAL_SIGMA : SMALL_SIGMA);
    return;
  }
  out.mapped(mapPoint(point, CaseKind.LOWER));
}

/** Map every code point through one full case mapping. */
function mapAll(text: string, kind: CaseKind): string {
  const out = new UnitWriter();
  for (let offset = 0; offset < text.length; ) {
    const point = pointAt(text, offset);
    out.mapped(mapPoint(point, kind));
    offset += point > 0xffff ? 2 : 1;
  }
  return out.finish();
}

/** `str.upper()` */
export function strUpper(text: string): string {
  if (!BEYOND_LATIN1.test(text)) return text.toUpperCase();
  return mapAll(text, CaseKind.UPPER);
}

/** `str.lower()`, with the final-sigma rule. */
export function strLower(text: string): string {
  if (!BEYOND_LATIN1.test(text)) return text.toLowerCase();
  const out = new UnitWriter();
  for (let offset = 0; offset < text.length; ) {
    const point = pointAt(text, offset);
    lowerInContext(text, offset, point, out);
    offset += point > 0xffff ? 2 : 1;
  }
  return out.finish();
}

/** `str.casefold()` */
export function strCasefold(text: string): string {
  if (!BEYOND_LATIN1.test(text)) {
    const lowered = text.toLowerCase();
    // Only ß and µ fold differently from lowercase below U+0100: skip the regex replace without them.
    if (lowered.indexOf('\u00df') < 0 && lowered.indexOf('\u00b5') < 0) return lowered;
    return lowered.replace(FOLD_SPECIAL, (char) => (char === '\u00df' ? 'ss' : '\u03bc'));
  }
  return mapAll(text, CaseKind.FOLD);
}

/** `str.swapcase()`: uppercase letters lowered (sigma rule included), lowercase ones uppered. */
export function strSwapcase(text: string): string {
  const out = new UnitWriter();
  for (let offset = 0; offset < text.length; ) {
    const unit = text.charCodeAt(offset);
    if (unit < 128) {
      if (unit >= 0x41 && unit <= 0x5a) out.unit(unit + 32);
      else if (unit >= 0x61 && unit <= 0x7a) out.unit(unit - 32);
      else out.unit(unit);
      offset++;
      continue;
    }
    const point = pointAt(text, offset);
    const flags = flagsOf(point);
    if ((flags & F.UPPER) !== 0) lowerInContext(text, offset, point, out);
    else if ((flags & F.LOWER) !== 0) out.mapped(mapPoint(point, CaseKind.UPPER));
    else out.point(point);
    offset += point > 0xffff ? 2 : 1;
  }
  return out.finish();
}

/**
 * `str.title()`: titlecase after an uncased character, lowercase (sigma rule included) after a
 * cased one.
 */
export function strTitle(text: string): string {
  const ascii = titleAscii(text);
  if (ascii !== null) return ascii;
  const out = new UnitWriter();
  let previousIsCased = false;
  for (let offset = 0; offset < text.length; ) {
    const unit = text.charCodeAt(offset);
    if (unit < 128) {
      const upper = unit >= 0x41 && unit <= 0x5a;
      const lower = unit >= 0x61 && unit <= 0x7a;
      out.unit(previousIsCased ? (upper ? unit + 32 : unit) : lower ? unit - 32 : unit);
      previousIsCased = upper || lower;
      offset++;
      continue;
    }
    const point = pointAt(text, offset);
    if (previousIsCased) lowerInContext(text, offset, point, out);
    else out.mapped(mapPoint(point, CaseKind.TITLE));
    previousIsCased = (flagsOf(point) & F.CASED) !== 0;
    offset += point > 0xffff ? 2 : 1;
  }
  return out.finish();
}

/**
 * title() of ASCII text, copying unchanged runs as slices; null when a non-ASCII unit appears
 * (the caller then takes the general path).
 */
function titleAscii(text: string): string | null {
  if (text.length >= 64) return titleAsciiLong(text);
  let result = '';
  let runStart = 0;
  let previousIsCased = false;
  const length = text.length;
  for (let offset = 0; offset < length; offset++) {
    const unit = text.charCodeAt(offset);
    if (unit >= 128) return null;
    const upper = unit >= 0x41 && unit <= 0x5a;
    const lower = unit >= 0x61 && unit <= 0x7a;
    const changed = previousIsCased ? upper : lower;
    if (changed) {
      result += text.slice(runStart, offset) + String.fromCharCode(unit ^ 0x20);
      runStart = offset + 1;
    }
    previousIsCased = upper || lower;
  }
  return runStart === 0 ? text : flatStr(result + text.slice(runStart));
}

/** Decodes ASCII bytes (TextDecoder's 'latin1' is windows-1252, identical below 0x80). */
const ASCII_DECODER = new TextDecoder('latin1');

/** titleAscii for long text: the units go to a byte buffer decoded once (no string pieces). */
function titleAsciiLong(text: string): string | null {
  const length = text.length;
  const bytes = new Uint8Array(length);
  let previousIsCased = false;
  let changed = false;
  for (let offset = 0; offset < length; offset++) {
    let unit = text.charCodeAt(offset);
    if (unit >= 128) return null;
    const upper = unit >= 0x41 && unit <= 0x5a;
    const lower = unit >= 0x61 && unit <= 0x7a;
    if (previousIsCased ? upper : lower) {
      unit ^= 0x20;
      changed = true;
    }
    bytes[offset] = unit;
    previousIsCased = upper || lower;
  }
  return changed ? ASCII_DECODER.decode(bytes) : text;
}

/** `str.capitalize()`: the first character titlecased (3.8+), the rest lowercased. */
export function strCapitalize(text: string): string {
  if (text.length === 0) return text;
  const head = text.charCodeAt(0);
  if (head < 128) {
    const rest = text.slice(1);
    if (!BEYOND_LATIN1.test(rest)) {
      // ASCII titlecase is uppercase; the Latin-1 rest lowercases without context.
      const first = head >= 0x61 && head <= 0x7a ? String.fromCharCode(head - 32) : text[0]!;
      return flatStr(first + rest.toLowerCase());
    }
  }
  const first = pointAt(text, 0);
  const width = first > 0xffff ? 2 : 1;
  const rest = text.slice(width);
  if (!BEYOND_LATIN1.test(rest)) {
    // The lowercase rest needs no context (no capital sigma below U+0100).
    const head = new UnitWriter();
    head.mapped(mapPoint(first, CaseKind.TITLE));
    return head.finish() + rest.toLowerCase();
  }
  const out = new UnitWriter();
  out.mapped(mapPoint(first, CaseKind.TITLE));
  for (let offset = width; offset < text.length; ) {
    const point = pointAt(text, offset);
    lowerInContext(text, offset, point, out);
    offset += point > 0xffff ? 2 : 1;
  }
  return out.finish();
}
