// Codecs against CPython 3.11: every codec x error handler on hand-picked and fuzzed bytes and on
// the string matrix, encoding-name lookup, and the UnicodeError attributes.
import { describe, expect, it } from 'vitest';
import {
  type CodecOptions,
  decodeBytes,
  encodeText,
  lookupCodecName,
  UnicodeCodecError,
} from '../../src/objects/codecs.js';
import { PythonError } from '../../src/objects/python-error.js';
import { bytesFromHex, loadGolden, normalise } from './golden-cases.js';

interface CodecGolden {
  decodeHandlers: string[];
  encodeHandlers: string[];
  names: [number, string][];
  cases: [string, unknown, string, unknown[]][];
}

const golden = loadGolden<CodecGolden>('strings-codecs.json');
const names = new Map(golden.names);
const points = new Map(golden.names.map(([point, name]) => [name, point]));
const options: CodecOptions = {
  characterName: (point) => names.get(point) ?? null,
  characterByName: (name) => points.get(name) ?? null,
};

function record(compute: () => unknown): unknown {
  try {
    return normalise(compute());
  } catch (error) {
    if (error instanceof UnicodeCodecError) {
      const { encoding, start, end, reason } = error.details;
      return {
        error: error.typeName,
        message: error.message,
        details: [encoding, start, end, reason],
      };
    }
    if (error instanceof PythonError) return { error: error.typeName, message: error.message };
    return { crash: String(error) };
  }
}

describe('codecs match CPython 3.11', () => {
  it('decode, encode and lookup give the recorded results and errors', () => {
    const mismatches: unknown[] = [];
    let total = 0;
    for (const [kind, input, encoding, expected] of golden.cases) {
      expected.forEach((want, index) => {
        total++;
        let actual: unknown;
        let handler = 'strict';
        if (kind === 'lookup') {
          actual = record(() => lookupCodecName(input as string));
        } else if (kind === 'decode') {
          handler = expected.length === 1 ? 'strict' : golden.decodeHandlers[index]!;
          const data = bytesFromHex((input as { bytes: string }).bytes);
          actual = record(() => decodeBytes(data, encoding, handler, options));
        } else {
          handler = expected.length === 1 ? 'strict' : golden.encodeHandlers[index]!;
          actual = record(() => encodeText(input as string, encoding, handler, options));
        }
        if (JSON.stringify(actual) !== JSON.stringify(want)) {
          mismatches.push({ kind, input, encoding, handler, want, actual });
        }
      });
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(mismatches.length).toBe(0);
    expect(total).toBe(15468);
  });

  it('a decode error carries the object and the attributes of UnicodeDecodeError', () => {
    const data = new Uint8Array([0x61, 0xff]);
    let caught: unknown = null;
    try {
      decodeBytes(data, 'utf-8');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UnicodeCodecError);
    const details = (caught as UnicodeCodecError).details;
    expect(details).toEqual({
      typeName: 'UnicodeDecodeError',
      encoding: 'utf-8',
      object: data,
      start: 1,
      end: 2,
      reason: 'invalid start byte',
    });
    expect((caught as UnicodeCodecError).message).toBe(
      "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte",
    );
  });

  it('a user error handler replaces and resumes where it says', () => {
    const custom: CodecOptions = {
      customHandler: (name, details) => {
        expect(name).toBe('mine');
        return { replacement: `<${details.start}-${details.end}>`, resume: details.end };
      },
    };
    expect(decodeBytes(new Uint8Array([0x61, 0xff, 0xfe, 0x62]), 'utf-8', 'mine', custom)).toBe(
      'a<1-2><2-3>b',
    );
    expect(encodeText('a\u00e9\u00e8b', 'ascii', 'mine', custom)).toEqual(
      new Uint8Array([0x61, 0x3c, 0x31, 0x2d, 0x33, 0x3e, 0x62]),
    );
  });

  it('every UTF codec round-trips text, astral characters included', () => {
    const samples = [
      '',
      'plain ascii',
      'caf\u00e9 \u2014 \u65e5\u672c',
      '\u{1f600}\u{10ffff}\u{10000}',
      '\u0000\uffff',
    ];
    const codecs = [
      'utf-8',
      'utf-8-sig',
      'utf-16',
      'utf-16-le',
      'utf-16-be',
      'utf-32',
      'utf-32-le',
      'utf-32-be',
    ];
    const failures: string[] = [];
    for (const codec of codecs) {
      for (const sample of samples) {
        if (decodeBytes(encodeText(sample, codec), codec) !== sample)
          failures.push(`${codec}: ${sample}`);
      }
    }
    for (let point = 0; point < 256; point++) {
      const text = String.fromCharCode(point);
      if (decodeBytes(encodeText(text, 'latin-1'), 'latin-1') !== text)
        failures.push(`latin-1 ${point}`);
    }
    const escaped = '\udc80\udcff';
    const bytes = encodeText(`a${escaped}`, 'utf-8', 'surrogateescape');
    expect(decodeBytes(bytes, 'utf-8', 'surrogateescape')).toBe(`a${escaped}`);
    expect(failures).toEqual([]);
  });
});
