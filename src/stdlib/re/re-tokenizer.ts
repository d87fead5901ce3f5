// The character reader shared by the pattern parser and the template parser (sre_parse.Tokenizer):
// yields one character or a backslash escape at a time, over code points (str) or bytes (bytes).

import { reprStr } from '../../objects/str-repr.js';
import { RegexError } from './re-error.js';

/** Reads a pattern as tokens: a single character, or `\` plus the next character. */
export class Tokenizer {
  /** True for str patterns, false for bytes patterns. */
  readonly isText: boolean;
  /** The pattern as given (for errors). */
  readonly source: string | Uint8Array;
  /** Code points of a str pattern, or the bytes of a bytes pattern (read as latin-1). */
  readonly chars: readonly number[];
  /** Index after the current token. */
  index = 0;
  /** The current token, or null at the end. */
  next: string | null = null;
  /** Length of the current token in code points (1 or 2). */
  private nextLength = 0;

  constructor(source: string | Uint8Array) {
    this.source = source;
    this.isText = typeof source === 'string';
    const chars: number[] = [];
    if (typeof source === 'string') {
      for (const ch of source) chars.push(ch.codePointAt(0)!);
    } else {
      for (const byte of source) chars.push(byte);
    }
    this.chars = chars;
    this.advance();
  }

  private advance(): void {
    let index = this.index;
    if (index >= this.chars.length) {
      this.next = null;
      this.nextLength = 0;
      return;
    }
    const code = this.chars[index]!;
    let token = String.fromCodePoint(code);
    let length = 1;
    if (code === 0x5c) {
      index++;
      if (index >= this.chars.length) {
        throw new RegexError('bad escape (end of pattern)', this.source, this.chars.length - 1);
      }
      token += String.fromCodePoint(this.chars[index]!);
      length = 2;
    }
    this.index = index + 1;
    this.next = token;
    this.nextLength = length;
  }

  /** Consumes the current token if it equals `token`. */
  match(token: string): boolean {
    if (token === this.next) {
      this.advance();
      return true;
    }
    return false;
  }

  /** Returns the current token and moves past it. */
  get(): string | null {
    const token = this.next;
    this.advance();
    return token;
  }

  /** Reads up to `count` single-character tokens accepted by `accept`. */
  getWhile(count: number, accept: (token: string) => boolean): string {
    let result = '';
    for (let i = 0; i < count; i++) {
      const token = this.next;
      if (token === null || !accept(token)) break;
      result += token;
      this.advance();
    }
    return result;
  }

  /** Reads tokens up to `terminator` (sre's getuntil), with its "missing ..." errors. */
  getUntil(terminator: string, name: string): string {
    let result = '';
    for (;;) {
      const token = this.next;
      this.advance();
      if (token === null) {
        if (result === '') throw this.error(`missing ${name}`);
        throw this.error(`missing ${terminator}, unterminated name`, codePointLength(result));
      }
      if (token === terminator) {
        if (result === '') throw this.error(`missing ${name}`, 1);
        break;
      }
      result += token;
    }
    return result;
  }

  /** Position of the current token. */
  tell(): number {
    return this.index - this.nextLength;
  }

  /** Moves to `index` and reads the token there. */
  seek(index: number): void {
    this.index = index;
    this.advance();
  }

  /** A RegexError at the current position minus `offset`. */
  error(msg: string, offset = 0): RegexError {
    const text = this.isText ? msg : asciiBackslashReplace(msg);
    return new RegexError(text, this.source, this.tell() - offset);
  }

  /** sre_parse.checkgroupname: a group name must be an identifier. */
  checkGroupName(name: string, offset: number): void {
    if (!isIdentifier(name)) {
      throw this.error(
        `bad character in group name ${pyRepr(name)}`,
        codePointLength(name) + offset,
      );
    }
  }
}

/** Number of code points in a JS string. */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

const IDENTIFIER = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;

/** `str.isidentifier()`. */
export function isIdentifier(text: string): boolean {
  return IDENTIFIER.test(text);
}

const ALPHA = /^\p{L}+$/u;

/** `str.isalpha()` of a token. */
export function isAlpha(text: string): boolean {
  return ALPHA.test(text);
}

/** `msg.encode('ascii', 'backslashreplace').decode()`. */
export function asciiBackslashReplace(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out += ch;
    else if (code < 0x100) out += `\\x${hex(code, 2)}`;
    else if (code < 0x10000) out += `\\u${hex(code, 4)}`;
    else out += `\\U${hex(code, 8)}`;
  }
  return out;
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}

/** Python's `repr()` of a str (quote choice and escapes). */
export function pyRepr(text: string): string {
  return reprStr(text);
}
