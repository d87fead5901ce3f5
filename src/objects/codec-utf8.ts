// UTF-8 (and utf-8-sig) with CPython's error ranges: maximal invalid prefixes as "invalid start
// byte" / "invalid continuation byte", a truncated tail as "unexpected end of data", lone
// surrogates refused on encode ("surrogates not allowed").

import { toCodePoints } from './code-points.js';
import {
  ByteWriter,
  type CodecOptions,
  DecodeErrors,
  EncodeErrors,
  type ReplacementSink,
} from './codec-errors.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

let textEncoder: InstanceType<typeof TextEncoder> | null = null;
let textDecoder: InstanceType<typeof TextDecoder> | null = null;

/** The bytes of a surrogate code point as 'surrogatepass' writes them in UTF-8. */
function writeSurrogate(point: number, out: ByteWriter): boolean {
  out.byte(0xe0 | (point >> 12));
  out.byte(0x80 | ((point >> 6) & 0x3f));
  out.byte(0x80 | (point & 0x3f));
  return true;
}

function writePoint(point: number, out: ByteWriter): void {
  if (point < 0x80) out.byte(point);
  else if (point < 0x800) {
    out.byte(0xc0 | (point >> 6));
    out.byte(0x80 | (point & 0x3f));
  } else if (point < 0x10000) {
    out.byte(0xe0 | (point >> 12));
    out.byte(0x80 | ((point >> 6) & 0x3f));
    out.byte(0x80 | (point & 0x3f));
  } else {
    out.byte(0xf0 | (point >> 18));
    out.byte(0x80 | ((point >> 12) & 0x3f));
    out.byte(0x80 | ((point >> 6) & 0x3f));
    out.byte(0x80 | (point & 0x3f));
  }
}

/** Encode to UTF-8; `withBom` writes EF BB BF first (utf-8-sig). */
export function encodeUtf8(
  text: string,
  handler: string,
  options: CodecOptions,
  withBom = false,
): Uint8Array {
  if (!LONE_SURROGATE.test(text)) {
    textEncoder ??= new TextEncoder();
    const encoded = textEncoder.encode(text);
    if (!withBom) return encoded;
    const out = new Uint8Array(encoded.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(encoded, 3);
    return out;
  }
  const points = toCodePoints(text);
  const out = new ByteWriter(text.length * 3 + 3);
  if (withBom) out.bytes(new Uint8Array([0xef, 0xbb, 0xbf]));
  const errors = new EncodeErrors('utf-8', text, handler, options);
  errors.escapePrefix = true;
  errors.surrogatePass = writeSurrogate;
  const sink: ReplacementSink = { writePoint: (point) => out.byte(point), replacementLimit: 0x7f };
  let index = 0;
  while (index < points.length) {
    const point = points[index]!;
    if (point < 0xd800 || point > 0xdfff) {
      writePoint(point, out);
      index++;
      continue;
    }
    let end = index + 1;
    while (end < points.length && points[end]! >= 0xd800 && points[end]! <= 0xdfff) end++;
    errors.error(points.slice(index, end), index, end, 'surrogates not allowed', out, sink);
    index = errors.resume;
  }
  return out.finish();
}

function isContinuation(byte: number | undefined): boolean {
  return byte !== undefined && (byte & 0xc0) === 0x80;
}

/** decodeSequence's answer for a truncated but valid prefix at the end of the data. */
const TRUNCATED = -1;
/** decodeSequence's answer for a byte that cannot start a sequence. */
const INVALID_START = -2;

/** decodeSequence's answer for a bad byte at `offset` (1-3) after the lead byte. */
function invalidContinuation(offset: number): number {
  return -2 - offset;
}

/**
 * Classify the sequence starting at `position` as CPython's decoder does: a valid sequence is
 * `(codePoint << 3) | length`; otherwise TRUNCATED, INVALID_START, or invalidContinuation(n)
 * (the error then covers the n bytes before the bad one).
 */
function decodeSequence(data: Uint8Array, position: number): number {
  const lead = data[position]!;
  const available = data.length - position;
  const second = data[position + 1];
  const third = data[position + 2];
  const fourth = data[position + 3];
  if (lead < 0xc2) return INVALID_START;
  if (lead < 0xe0) {
    if (available < 2) return TRUNCATED;
    if (!isContinuation(second)) return invalidContinuation(1);
    return ((((lead & 0x1f) << 6) | (second! & 0x3f)) << 3) | 2;
  }
  if (lead < 0xf0) {
    const secondBad =
      !isContinuation(second) ||
      (lead === 0xe0 && second! < 0xa0) ||
      (lead === 0xed && second! >= 0xa0);
    if (available < 3) return available >= 2 && secondBad ? invalidContinuation(1) : TRUNCATED;
    if (secondBad) return invalidContinuation(1);
    if (!isContinuation(third)) return invalidContinuation(2);
    return ((((lead & 0x0f) << 12) | ((second! & 0x3f) << 6) | (third! & 0x3f)) << 3) | 3;
  }
  if (lead < 0xf5) {
    const secondBad =
      !isContinuation(second) ||
      (lead === 0xf0 && second! < 0x90) ||
      (lead === 0xf4 && second! >= 0x90);
    if (available < 4) {
      if (available >= 2 && secondBad) return invalidContinuation(1);
      if (available >= 3 && !isContinuation(third)) return invalidContinuation(2);
      return TRUNCATED;
    }
    if (secondBad) return invalidContinuation(1);
    if (!isContinuation(third)) return invalidContinuation(2);
    if (!isContinuation(fourth)) return invalidContinuation(3);
    const point =
      ((lead & 0x07) << 18) | ((second! & 0x3f) << 12) | ((third! & 0x3f) << 6) | (fourth! & 0x3f);
    return (point << 3) | 4;
  }
  return INVALID_START;
}

/** For 'surrogatepass': a surrogate encoded as three UTF-8 bytes at `position`. */
function surrogateAt(data: Uint8Array, position: number): [number, number] | null {
  if (data.length - position < 3) return null;
  const lead = data[position]!;
  if (
    (lead & 0xf0) !== 0xe0 ||
    !isContinuation(data[position + 1]) ||
    !isContinuation(data[position + 2])
  ) {
    return null;
  }
  const point =
    ((lead & 0x0f) << 12) | ((data[position + 1]! & 0x3f) << 6) | (data[position + 2]! & 0x3f);
  return point >= 0xd800 && point <= 0xdfff ? [point, 3] : null;
}

/** Decode UTF-8; `skipBom` drops a leading EF BB BF (utf-8-sig). */
export function decodeUtf8(
  data: Uint8Array,
  handler: string,
  options: CodecOptions,
  skipBom = false,
): string {
  let start = 0;
  if (skipBom && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) start = 3;
  textDecoder ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    return textDecoder.decode(start === 0 ? data : data.subarray(start));
  } catch {
    // Malformed input: decode again by hand to report or repair exactly as CPython does.
  }
  const errors = new DecodeErrors('utf-8', data, handler, options);
  errors.surrogateAt = surrogateAt;
  let result = '';
  const units: number[] = [];
  let position = start;
  const flush = (): void => {
    result += String.fromCharCode(...units);
    units.length = 0;
  };
  while (position < data.length) {
    const byte = data[position]!;
    if (byte < 0x80) {
      units.push(byte);
      position++;
    } else {
      const sequence = decodeSequence(data, position);
      if (sequence >= 0) {
        const point = sequence >> 3;
        if (point > 0xffff) {
          const shifted = point - 0x10000;
          units.push(0xd800 + (shifted >> 10), 0xdc00 + (shifted & 0x3ff));
        } else {
          units.push(point);
        }
        position += sequence & 7;
      } else {
        flush();
        if (sequence === TRUNCATED) {
          result += errors.error(position, data.length, 'unexpected end of data');
        } else if (sequence === INVALID_START) {
          result += errors.error(position, position + 1, 'invalid start byte');
        } else {
          const length = -2 - sequence;
          result += errors.error(position, position + length, 'invalid continuation byte');
        }
        position = errors.resume;
      }
    }
    if (units.length >= 4096) flush();
  }
  flush();
  return result;
}
