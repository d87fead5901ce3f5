// UTF-16 and UTF-32 in both byte orders, with CPython's BOM rules: the plain 'utf-16'/'utf-32'
// codecs write a little-endian BOM and, when decoding, honour (and drop) a leading BOM.

import { toCodePoints } from './code-points.js';
import {
  ByteWriter,
  type CodecOptions,
  DecodeErrors,
  EncodeErrors,
  type ReplacementSink,
} from './codec-errors.js';

/** The UTF-16/32 codecs: unit size, byte order ('native' means "BOM decides; little-endian"). */
export interface WideCodec {
  readonly unit: 2 | 4;
  readonly order: 'little' | 'big' | 'native';
}

function writeUnit(out: ByteWriter, value: number, unit: 2 | 4, little: boolean): void {
  if (unit === 2) {
    if (little) {
      out.byte(value & 0xff);
      out.byte(value >> 8);
    } else {
      out.byte(value >> 8);
      out.byte(value & 0xff);
    }
    return;
  }
  if (little) {
    out.byte(value & 0xff);
    out.byte((value >> 8) & 0xff);
    out.byte((value >> 16) & 0xff);
    out.byte(value >>> 24);
  } else {
    out.byte(value >>> 24);
    out.byte((value >> 16) & 0xff);
    out.byte((value >> 8) & 0xff);
    out.byte(value & 0xff);
  }
}

/**
 * The common case: no UTF-16 surrogate in `text`, so each code unit is one code point, written
 * straight into an exactly sized buffer (after the BOM when `bom`). Null when a surrogate (a pair,
 * or a lone one for the error handler) needs the general path.
 */
function encodeWithoutSurrogates(
  text: string,
  unit: 2 | 4,
  little: boolean,
  bom: boolean,
): Uint8Array | null {
  const start = bom ? unit : 0;
  const bytes = new Uint8Array(start + text.length * unit);
  const view = new DataView(bytes.buffer);
  if (bom) {
    if (unit === 2) view.setUint16(0, 0xfeff, little);
    else view.setUint32(0, 0xfeff, little);
  }
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdfff) return null;
    if (unit === 2) view.setUint16(start + index * 2, code, little);
    else view.setUint32(start + index * 4, code, little);
  }
  return bytes;
}

function codecName(codec: WideCodec): string {
  const base = codec.unit === 2 ? 'utf-16' : 'utf-32';
  return codec.order === 'native' ? base : `${base}-${codec.order === 'little' ? 'le' : 'be'}`;
}

/** Encode to UTF-16/UTF-32; lone surrogates are "surrogates not allowed", one at a time. */
export function encodeWide(
  codec: WideCodec,
  text: string,
  handler: string,
  options: CodecOptions,
): Uint8Array {
  const { unit } = codec;
  const little = codec.order !== 'big';
  const direct = encodeWithoutSurrogates(text, unit, little, codec.order === 'native');
  if (direct !== null) return direct;
  const out = new ByteWriter((text.length + 1) * unit);
  if (codec.order === 'native') writeUnit(out, 0xfeff, unit, true);
  const points = toCodePoints(text);
  let errors: EncodeErrors | null = null;
  const sink: ReplacementSink = {
    writePoint: (point) => writeUnit(out, point, unit, little),
    replacementLimit: 0x7f,
  };
  let index = 0;
  while (index < points.length) {
    const point = points[index]!;
    if (point < 0xd800 || point > 0xdfff) {
      if (unit === 4 || point < 0x10000) writeUnit(out, point, unit, little);
      else {
        const shifted = point - 0x10000;
        writeUnit(out, 0xd800 + (shifted >> 10), 2, little);
        writeUnit(out, 0xdc00 + (shifted & 0x3ff), 2, little);
      }
      index++;
      continue;
    }
    if (errors === null) {
      errors = new EncodeErrors(codecName(codec), text, handler, options);
      errors.rawByteUnit = unit;
      errors.surrogatePass = (surrogate, target) => {
        writeUnit(target, surrogate, unit, little);
        return true;
      };
    }
    errors.error([point], index, index + 1, 'surrogates not allowed', out, sink);
    index = errors.resume;
  }
  return out.finish();
}

function readUnit(data: Uint8Array, position: number, unit: 2 | 4, little: boolean): number {
  if (unit === 2) {
    return little
      ? data[position]! | (data[position + 1]! << 8)
      : (data[position]! << 8) | data[position + 1]!;
  }
  return little
    ? (data[position]! |
        (data[position + 1]! << 8) |
        (data[position + 2]! << 16) |
        (data[position + 3]! << 24)) >>>
        0
    : ((data[position]! << 24) |
        (data[position + 1]! << 16) |
        (data[position + 2]! << 8) |
        data[position + 3]!) >>>
        0;
}

/** Decode UTF-16/UTF-32 with CPython's error reasons and ranges. */
export function decodeWide(
  codec: WideCodec,
  data: Uint8Array,
  handler: string,
  options: CodecOptions,
): string {
  const { unit } = codec;
  let little = codec.order !== 'big';
  let position = 0;
  if (codec.order === 'native' && data.length >= unit) {
    const bom = readUnit(data, 0, unit, true);
    if (bom === 0xfeff) {
      position = unit;
    } else if ((unit === 2 && bom === 0xfffe) || (unit === 4 && bom === 0xfffe0000)) {
      position = unit;
      little = false;
    }
  }
  const name = `${unit === 2 ? 'utf-16' : 'utf-32'}-${little ? 'le' : 'be'}`;
  const errors = new DecodeErrors(name, data, handler, options);
  errors.surrogateAt = (bytes, at) => {
    if (bytes.length - at < unit) return null;
    const value = readUnit(bytes, at, unit, little);
    return value >= 0xd800 && value <= 0xdfff ? [value, unit] : null;
  };
  let result = '';
  const units: number[] = [];
  const flush = (): void => {
    result += String.fromCharCode(...units);
    units.length = 0;
  };
  while (position < data.length) {
    if (units.length >= 4096) flush();
    if (data.length - position < unit) {
      flush();
      result += errors.error(position, data.length, 'truncated data');
      position = errors.resume;
      continue;
    }
    const value = readUnit(data, position, unit, little);
    if (unit === 4) {
      if (value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
        flush();
        const reason =
          value > 0x10ffff
            ? 'code point not in range(0x110000)'
            : 'code point in surrogate code point range(0xd800, 0xe000)';
        result += errors.error(position, position + 4, reason);
        position = errors.resume;
        continue;
      }
      if (value > 0xffff) {
        const shifted = value - 0x10000;
        units.push(0xd800 + (shifted >> 10), 0xdc00 + (shifted & 0x3ff));
      } else {
        units.push(value);
      }
      position += 4;
      continue;
    }
    if (value < 0xd800 || value > 0xdfff) {
      units.push(value);
      position += 2;
      continue;
    }
    if (value >= 0xdc00) {
      flush();
      result += errors.error(position, position + 2, 'illegal encoding');
      position = errors.resume;
      continue;
    }
    if (data.length - position < 4) {
      flush();
      result += errors.error(position, data.length, 'unexpected end of data');
      position = errors.resume;
      continue;
    }
    const low = readUnit(data, position + 2, 2, little);
    if (low >= 0xdc00 && low <= 0xdfff) {
      units.push(value, low);
      position += 4;
      continue;
    }
    flush();
    result += errors.error(position, position + 2, 'illegal UTF-16 surrogate');
    position = errors.resume;
  }
  flush();
  return result;
}
