// Newline handling shared by StringIO and text files: the `newline` argument's modes, universal
// newline translation, finding where a line ends, and counting in code points over UTF-16 text.

import { typeError, valueError } from '../../objects/errors.js';
import { pyRepr } from '../../objects/protocol-repr.js';
import type { PyValue } from '../../objects/py-object.js';
import { None } from '../../objects/singletons.js';
import { strValueOf } from '../../objects/str-type.js';
import { typeName } from '../../objects/type-of.js';

/** How lines end when reading: at `\n`, `\r`, `\r\n`, or at any of them (universal). */
export type LineEnding = '\n' | '\r' | '\r\n' | 'universal';

/** The reading and writing behaviour a `newline` argument selects. */
export interface NewlineMode {
  /** The `newline` argument as given (null for None). */
  readonly newline: string | null;
  /** Where reads split lines. */
  readonly lineEnding: LineEnding;
  /** Reads turn `\r\n` and `\r` into `\n` (newline=None). */
  readonly translateOnRead: boolean;
  /** Writes turn `\n` into this (newline `\r` or `\r\n`), or null. */
  readonly writeNewline: string | null;
}

/**
 * Parses a `newline` argument (None, '', '\n', '\r', '\r\n'): TypeError for non-str, ValueError
 * "illegal newline value: 'x'" otherwise. `defaultNewline` is what an omitted argument means.
 */
export function newlineMode(
  value: PyValue | undefined,
  defaultNewline: string | null,
  quoteInError = true,
): NewlineMode {
  let newline: string | null;
  if (value === undefined) newline = defaultNewline;
  else if (value === None) newline = null;
  else {
    const text = strValueOf(value);
    if (text === undefined) {
      throw typeError(`newline must be str or None, not ${typeName(value)}`);
    }
    newline = text;
  }
  if (
    newline !== null &&
    newline !== '' &&
    newline !== '\n' &&
    newline !== '\r' &&
    newline !== '\r\n'
  ) {
    throw valueError(`illegal newline value: ${quoteInError ? pyRepr(newline) : newline}`);
  }
  return {
    newline,
    lineEnding: newline === null || newline === '' ? 'universal' : (newline as LineEnding),
    translateOnRead: newline === null,
    writeNewline: newline === '\r' || newline === '\r\n' ? newline : null,
  };
}

/** `\r\n` and lone `\r` become `\n`. */
export function translateUniversal(text: string): string {
  if (!text.includes('\r')) return text;
  return text.replace(/\r\n?/g, '\n');
}

/** `\n` becomes `newline` (writing with newline `\r` / `\r\n`). */
export function translateForWrite(text: string, newline: string | null): string {
  if (newline === null || !text.includes('\n')) return text;
  return text.split('\n').join(newline);
}

/**
 * The UTF-16 index just past the end of the line starting at `start` (the newline included), or
 * `text.length` when no line ending follows. A `\r` at the very end counts as a line end.
 */
export function lineEnd(text: string, start: number, ending: LineEnding): number {
  switch (ending) {
    case '\n':
    case '\r': {
      const at = text.indexOf(ending, start);
      return at < 0 ? text.length : at + 1;
    }
    case '\r\n': {
      const at = text.indexOf('\r\n', start);
      return at < 0 ? text.length : at + 2;
    }
    case 'universal': {
      for (let index = start; index < text.length; index++) {
        const unit = text.charCodeAt(index);
        if (unit === 10) return index + 1;
        if (unit === 13) return text.charCodeAt(index + 1) === 10 ? index + 2 : index + 1;
      }
      return text.length;
    }
  }
}

/** The UTF-16 index `count` code points after `from` (clamped to the text's end). */
export function advanceCodePoints(text: string, from: number, count: number): number {
  let index = from;
  for (let taken = 0; taken < count && index < text.length; taken++) {
    const unit = text.charCodeAt(index);
    index += unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length ? 2 : 1;
  }
  return index;
}

/** Code points in `text[from..to)`. */
export function codePointsBetween(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index++) {
    const unit = text.charCodeAt(index);
    if (!(unit >= 0xdc00 && unit <= 0xdfff && index > from)) count++;
    else {
      const previous = text.charCodeAt(index - 1);
      if (!(previous >= 0xd800 && previous <= 0xdbff)) count++;
    }
  }
  return count;
}
