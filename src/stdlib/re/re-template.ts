// Replacement templates for sub/subn/Match.expand (sre_parse.parse_template / expand_template):
// `\1`, `\g<name>`, `\g<0>`, octal and character escapes, with CPython's errors.

import { PythonError } from '../../objects/python-error.js';
import type { RegexProgram } from './re-compiler.js';
import { MAXGROUPS } from './re-constants.js';
import { parsePythonInt, TEMPLATE_ESCAPES } from './re-parser.js';
import { codePointLength, isIdentifier, pyRepr, Tokenizer } from './re-tokenizer.js';

/**
 * A parsed template: literal text (for bytes templates, one char per byte) and group numbers,
 * in order. A template with no groups and one literal is a plain replacement string.
 */
export interface RegexTemplate {
  /** Literal chunks (string) and group references (number). */
  readonly parts: readonly (string | number)[];
  /** True when the template is bytes. */
  readonly isBytes: boolean;
}

function isDigit(token: string | null): token is string {
  return token !== null && token.length === 1 && token >= '0' && token <= '9';
}

function isOct(token: string | null): token is string {
  return token !== null && token.length === 1 && token >= '0' && token <= '7';
}

/**
 * Parses a replacement template for `program`. Throws RegexError (`re.error`) for bad escapes and
 * group references, IndexError "unknown group name 'x'" for an unknown `\g<name>`.
 */
export function parseTemplate(template: string | Uint8Array, program: RegexProgram): RegexTemplate {
  const source = new Tokenizer(template);
  const parts: (string | number)[] = [];
  let literal = '';
  const addGroup = (index: number, pos: number): void => {
    if (index > program.groups) throw source.error(`invalid group reference ${index}`, pos);
    if (literal !== '') {
      parts.push(literal);
      literal = '';
    }
    parts.push(index);
  };
  for (;;) {
    let token = source.get();
    if (token === null) break;
    if (token[0] === '\\' && codePointLength(token) === 2) {
      const c = token.slice(1);
      if (c === 'g') {
        if (!source.match('<')) throw source.error('missing <');
        const name = source.getUntil('>', 'group name');
        const offset = codePointLength(name) + 1;
        let index: number;
        if (isIdentifier(name)) {
          const found = program.groupindex.get(name);
          if (found === undefined) {
            throw new PythonError('IndexError', `unknown group name ${pyRepr(name)}`);
          }
          index = found;
        } else {
          const value = parsePythonInt(name);
          if (value === null || value < 0) {
            throw source.error(`bad character in group name ${pyRepr(name)}`, offset);
          }
          if (value >= MAXGROUPS) throw source.error(`invalid group reference ${value}`, offset);
          index = value;
        }
        addGroup(index, offset);
      } else if (c === '0') {
        if (isOct(source.next)) {
          token += source.get();
          if (isOct(source.next)) token += source.get();
        }
        literal += String.fromCharCode(Number.parseInt(token.slice(1), 8) & 0xff);
      } else if (isDigit(c)) {
        let isOctal = false;
        if (isDigit(source.next)) {
          token += source.get();
          if (isOct(c) && isOct(token[2]!) && isOct(source.next)) {
            token += source.get();
            isOctal = true;
            const value = Number.parseInt(token.slice(1), 8);
            if (value > 0o377) {
              throw source.error(
                `octal escape value ${token} outside of range 0-0o377`,
                token.length,
              );
            }
            literal += String.fromCharCode(value);
          }
        }
        if (!isOctal) addGroup(Number.parseInt(token.slice(1), 10), token.length - 1);
      } else {
        const escaped = TEMPLATE_ESCAPES.get(token);
        if (escaped !== undefined) {
          literal += String.fromCharCode(escaped);
        } else {
          if (/^[a-zA-Z]$/.test(c)) throw source.error(`bad escape ${token}`, 2);
          literal += token;
        }
      }
    } else {
      literal += token;
    }
  }
  if (literal !== '') parts.push(literal);
  return { parts, isBytes: typeof template !== 'string' };
}

/** The replacement when the template has no group references, else null. */
export function templateLiteral(template: RegexTemplate): string | null {
  if (template.parts.length === 0) return '';
  if (template.parts.length === 1 && typeof template.parts[0] === 'string')
    return template.parts[0];
  return null;
}

/**
 * expand_template: the template's text with each group replaced by `group(n)` (an unmatched group
 * gives ''). Literal chunks of bytes templates are latin-1 strings; `group` must agree.
 */
export function expandTemplate(
  template: RegexTemplate,
  group: (index: number) => string | null,
): string {
  let out = '';
  for (const part of template.parts) {
    if (typeof part === 'string') out += part;
    else out += group(part) ?? '';
  }
  return out;
}
