// Parses a Python 3.11 regular expression into a SubPattern tree, following sre_parse: the same
// grammar, the same tree simplifications, and the same `re.error` messages and positions.

import { PythonError } from '../../objects/python-error.js';
import {
  type AtKind,
  type ParseState,
  type RegexNode,
  type SetItem,
  SubPattern,
  sameNode,
  setItemKey,
} from './re-ast.js';
import { GLOBAL_FLAGS, MAXGROUPS, MAXREPEAT, RE_FLAG, TYPE_FLAGS } from './re-constants.js';
import { RegexError } from './re-error.js';
import { codePointLength, isAlpha, isIdentifier, pyRepr, Tokenizer } from './re-tokenizer.js';
import { isUnicodeDigit } from './re-unicode.js';
import { DECIMAL_RANGES } from './re-unicode-tables.js';

/** Options a host can give the parser. */
export interface ParseOptions {
  /** Looks up `\N{name}`; without it every name is "undefined". */
  readonly lookupCharName?: (name: string) => number | undefined;
}

/** A parsed pattern: its tree and group bookkeeping. */
export interface ParsedPattern {
  /** The top-level subpattern. */
  readonly tree: SubPattern;
  /** Flags after inline global flags and the str/bytes fix-up (UNICODE added for str). */
  readonly flags: number;
  /** Number of groups including group 0 (sre's `state.groups`). */
  readonly groupCount: number;
  /** Group name -> number. */
  readonly groupdict: Map<string, number>;
}

const SPECIAL_CHARS = '.\\[{()*+?^$|';
const REPEAT_CHARS = '*+?{';
const WHITESPACE = ' \t\n\r\v\f';
/** Deep nesting is refused before it can exhaust the JS stack (CPython hits RecursionError). */
const MAX_NESTING = 400;

const FLAG_LETTERS = new Map<string, number>([
  ['i', RE_FLAG.IGNORECASE],
  ['L', RE_FLAG.LOCALE],
  ['m', RE_FLAG.MULTILINE],
  ['s', RE_FLAG.DOTALL],
  ['x', RE_FLAG.VERBOSE],
  ['a', RE_FLAG.ASCII],
  ['t', RE_FLAG.TEMPLATE],
  ['u', RE_FLAG.UNICODE],
]);

const ESCAPES = new Map<string, number>([
  ['\\a', 7],
  ['\\b', 8],
  ['\\f', 12],
  ['\\n', 10],
  ['\\r', 13],
  ['\\t', 9],
  ['\\v', 11],
  ['\\\\', 92],
]);

/** Escapes for templates too (sre_parse.ESCAPES). */
export const TEMPLATE_ESCAPES: ReadonlyMap<string, number> = ESCAPES;

type CategoryEscape = { kind: 'AT'; at: AtKind } | { kind: 'IN'; item: SetItem };

const CATEGORIES = new Map<string, CategoryEscape>([
  ['\\A', { kind: 'AT', at: 'BEGINNING_STRING' }],
  ['\\b', { kind: 'AT', at: 'BOUNDARY' }],
  ['\\B', { kind: 'AT', at: 'NON_BOUNDARY' }],
  ['\\d', { kind: 'IN', item: { kind: 'CATEGORY', category: 'DIGIT' } }],
  ['\\D', { kind: 'IN', item: { kind: 'CATEGORY', category: 'NOT_DIGIT' } }],
  ['\\s', { kind: 'IN', item: { kind: 'CATEGORY', category: 'SPACE' } }],
  ['\\S', { kind: 'IN', item: { kind: 'CATEGORY', category: 'NOT_SPACE' } }],
  ['\\w', { kind: 'IN', item: { kind: 'CATEGORY', category: 'WORD' } }],
  ['\\W', { kind: 'IN', item: { kind: 'CATEGORY', category: 'NOT_WORD' } }],
  ['\\Z', { kind: 'AT', at: 'END_STRING' }],
]);

function isDigitToken(token: string | null): token is string {
  return token !== null && token.length === 1 && token >= '0' && token <= '9';
}

function isOctToken(token: string | null): token is string {
  return token !== null && token.length === 1 && token >= '0' && token <= '7';
}

function isHexToken(token: string): boolean {
  return token.length === 1 && /[0-9a-fA-F]/.test(token);
}

function isAsciiLetter(token: string): boolean {
  return token.length === 1 && /[a-zA-Z]/.test(token);
}

function ord(token: string): number {
  return token.codePointAt(0)!;
}

/** A single-character token that is one of `chars` (Python's `tok in "..."` for such tokens). */
function oneOf(token: string | null, chars: string): boolean {
  return token !== null && token.length === 1 && chars.includes(token);
}

/** A node for an escape sequence: LITERAL, GROUPREF, AT or IN. */
type EscapeResult =
  | { kind: 'LITERAL'; code: number }
  | { kind: 'GROUPREF'; group: number }
  | CategoryEscape;

class Parser {
  readonly source: Tokenizer;
  readonly state: ParseState;
  readonly options: ParseOptions;

  constructor(source: Tokenizer, state: ParseState, options: ParseOptions) {
    this.source = source;
    this.state = state;
    this.options = options;
  }

  get groups(): number {
    return this.state.groupwidths.length;
  }

  openGroup(name: string | null): number {
    const gid = this.groups;
    this.state.groupwidths.push(null);
    if (this.groups > MAXGROUPS) throw new RegexError('too many groups');
    if (name !== null) {
      const old = this.state.groupdict.get(name);
      if (old !== undefined) {
        throw new RegexError(
          `redefinition of group name ${pyRepr(name)} as group ${gid}; was group ${old}`,
        );
      }
      this.state.groupdict.set(name, gid);
    }
    return gid;
  }

  checkGroup(gid: number): boolean {
    return gid < this.groups && this.state.groupwidths[gid] !== null;
  }

  checkLookbehindGroup(gid: number): void {
    const limit = this.state.lookbehindgroups;
    if (limit !== null) {
      if (!this.checkGroup(gid)) throw this.source.error('cannot refer to an open group');
      if (gid >= limit) {
        throw this.source.error('cannot refer to group defined in the same lookbehind subpattern');
      }
    }
  }

  /** Hex, unicode and named escapes shared by `escape` and `classEscape`; null if not one. */
  private numericEscape(text: string): { kind: 'LITERAL'; code: number } | null | 'bad' {
    const source = this.source;
    const c = text.slice(1);
    if (c === 'x') {
      text += source.getWhile(2, isHexToken);
      if (text.length !== 4) {
        throw source.error(`incomplete escape ${text}`, text.length);
      }
      return { kind: 'LITERAL', code: Number.parseInt(text.slice(2), 16) };
    }
    if (c === 'u' && source.isText) {
      text += source.getWhile(4, isHexToken);
      if (text.length !== 6) {
        throw source.error(`incomplete escape ${text}`, text.length);
      }
      return { kind: 'LITERAL', code: Number.parseInt(text.slice(2), 16) };
    }
    if (c === 'U' && source.isText) {
      text += source.getWhile(8, isHexToken);
      if (text.length !== 10) {
        throw source.error(`incomplete escape ${text}`, text.length);
      }
      const code = Number.parseInt(text.slice(2), 16);
      if (code > 0x10ffff) throw source.error(`bad escape ${text}`, text.length);
      return { kind: 'LITERAL', code };
    }
    if (c === 'N' && source.isText) {
      if (!source.match('{')) throw source.error('missing {');
      const charname = source.getUntil('}', 'character name');
      const code = this.options.lookupCharName?.(charname);
      if (code === undefined) {
        throw source.error(
          `undefined character name ${pyRepr(charname)}`,
          codePointLength(charname) + 4,
        );
      }
      return { kind: 'LITERAL', code };
    }
    return null;
  }

  /** sre_parse._class_escape: an escape inside `[...]`. */
  classEscape(text: string): { kind: 'LITERAL'; code: number } | CategoryEscape {
    const source = this.source;
    const simple = ESCAPES.get(text);
    if (simple !== undefined) return { kind: 'LITERAL', code: simple };
    const category = CATEGORIES.get(text);
    if (category !== undefined && category.kind === 'IN') return category;
    const numeric = this.numericEscape(text);
    if (numeric !== null && numeric !== 'bad') return numeric;
    const c = text.slice(1);
    if (isOctToken(c)) {
      text += source.getWhile(2, isOctToken);
      const code = Number.parseInt(text.slice(1), 8);
      if (code > 0o377) {
        throw source.error(
          `octal escape value ${text} outside of range 0-0o377`,
          codePointLength(text),
        );
      }
      return { kind: 'LITERAL', code };
    }
    if (!isDigitToken(c) && codePointLength(text) === 2) {
      if (isAsciiLetter(c)) throw source.error(`bad escape ${text}`, 2);
      return { kind: 'LITERAL', code: ord(c) };
    }
    throw source.error(`bad escape ${text}`, codePointLength(text));
  }

  /** sre_parse._escape: an escape outside a set. */
  escape(text: string): EscapeResult {
    const source = this.source;
    const category = CATEGORIES.get(text);
    if (category !== undefined) return category;
    const simple = ESCAPES.get(text);
    if (simple !== undefined) return { kind: 'LITERAL', code: simple };
    const numeric = this.numericEscape(text);
    if (numeric !== null && numeric !== 'bad') return numeric;
    const c = text.slice(1);
    if (c === '0') {
      text += source.getWhile(2, isOctToken);
      return { kind: 'LITERAL', code: Number.parseInt(text.slice(1), 8) };
    }
    if (isDigitToken(c)) {
      if (isDigitToken(source.next)) {
        text += source.get();
        if (isOctToken(text[1]!) && isOctToken(text[2]!) && isOctToken(source.next)) {
          text += source.get();
          const code = Number.parseInt(text.slice(1), 8);
          if (code > 0o377) {
            throw source.error(`octal escape value ${text} outside of range 0-0o377`, text.length);
          }
          return { kind: 'LITERAL', code };
        }
      }
      const group = Number.parseInt(text.slice(1), 10);
      if (group < this.groups) {
        if (!this.checkGroup(group)) {
          throw source.error('cannot refer to an open group', text.length);
        }
        this.checkLookbehindGroup(group);
        return { kind: 'GROUPREF', group };
      }
      throw source.error(`invalid group reference ${group}`, text.length - 1);
    }
    if (codePointLength(text) === 2) {
      if (isAsciiLetter(c)) throw source.error(`bad escape ${text}`, 2);
      return { kind: 'LITERAL', code: ord(c) };
    }
    throw source.error(`bad escape ${text}`, codePointLength(text));
  }

  /** sre_parse._parse_sub: alternatives separated by `|`, with prefix and set simplifications. */
  parseSub(verbose: boolean, nested: number): SubPattern {
    if (nested > MAX_NESTING) {
      throw new PythonError('RecursionError', 'maximum recursion depth exceeded');
    }
    const items: SubPattern[] = [];
    for (;;) {
      items.push(this.parse(verbose, nested + 1, nested === 0 && items.length === 0));
      if (!this.source.match('|')) break;
      if (nested === 0) verbose = (this.state.flags & RE_FLAG.VERBOSE) !== 0;
    }
    if (items.length === 1) return items[0]!;

    const subpattern = new SubPattern(this.state);
    // Move a prefix shared by every alternative out of the branch.
    for (;;) {
      let prefix: RegexNode | null = null;
      let shared = true;
      for (const item of items) {
        if (item.items.length === 0) {
          shared = false;
          break;
        }
        if (prefix === null) prefix = item.items[0]!;
        else if (!sameNode(item.items[0]!, prefix)) {
          shared = false;
          break;
        }
      }
      if (!shared || prefix === null) break;
      for (const item of items) item.items.shift();
      subpattern.items.push(prefix);
    }

    // A branch of single characters and sets becomes one set.
    const set: SetItem[] = [];
    let allSimple = true;
    for (const item of items) {
      if (item.items.length !== 1) {
        allSimple = false;
        break;
      }
      const node = item.items[0]!;
      if (node.kind === 'LITERAL') set.push({ kind: 'LITERAL', code: node.code });
      else if (node.kind === 'IN' && node.items[0]?.kind !== 'NEGATE') set.push(...node.items);
      else {
        allSimple = false;
        break;
      }
    }
    if (allSimple) {
      subpattern.items.push({ kind: 'IN', items: uniqueSetItems(set) });
      return subpattern;
    }
    subpattern.items.push({ kind: 'BRANCH', branches: items });
    return subpattern;
  }

  /** sre_parse._parse: a sequence of items up to `|`, `)` or the end. */
  parse(verbose: boolean, nested: number, first: boolean): SubPattern {
    const source = this.source;
    const state = this.state;
    const subpattern = new SubPattern(state);
    const items = subpattern.items;

    for (;;) {
      let token = source.next;
      if (token === null) break;
      if (token === '|' || token === ')') break;
      source.get();

      if (verbose) {
        if (oneOf(token, WHITESPACE)) continue;
        if (token === '#') {
          for (;;) {
            token = source.get();
            if (token === null || token === '\n') break;
          }
          continue;
        }
      }

      if (token.length > 1 && token[0] === '\\' && codePointLength(token) === 2) {
        const code = this.escape(token);
        switch (code.kind) {
          case 'LITERAL':
            items.push({ kind: 'LITERAL', code: code.code });
            break;
          case 'GROUPREF':
            items.push({ kind: 'GROUPREF', group: code.group });
            break;
          case 'AT':
            items.push({ kind: 'AT', at: code.at });
            break;
          case 'IN':
            items.push({ kind: 'IN', items: [code.item] });
            break;
        }
      } else if (!oneOf(token, SPECIAL_CHARS)) {
        items.push({ kind: 'LITERAL', code: ord(token) });
      } else if (token === '[') {
        this.parseSet(items);
      } else if (oneOf(token, REPEAT_CHARS)) {
        this.parseRepeat(token, items);
      } else if (token === '.') {
        items.push({ kind: 'ANY' });
      } else if (token === '(') {
        const global = this.parseGroup(items, verbose, nested, first);
        if (global) verbose = (state.flags & RE_FLAG.VERBOSE) !== 0;
      } else if (token === '^') {
        items.push({ kind: 'AT', at: 'BEGINNING' });
      } else if (token === '$') {
        items.push({ kind: 'AT', at: 'END' });
      } else {
        throw new Error(`unsupported special character ${token}`);
      }
    }

    // Unpack non-capturing groups without flags.
    for (let i = items.length - 1; i >= 0; i--) {
      const node = items[i]!;
      if (
        node.kind === 'SUBPATTERN' &&
        node.group === null &&
        node.addFlags === 0 &&
        node.delFlags === 0
      ) {
        items.splice(i, 1, ...node.body.items);
      }
    }
    return subpattern;
  }

  private parseSet(items: RegexNode[]): void {
    const source = this.source;
    const here = source.tell() - 1;
    let set: SetItem[] = [];
    const negate = source.match('^');
    for (;;) {
      const token = source.get();
      if (token === null) throw source.error('unterminated character set', source.tell() - here);
      if (token === ']' && set.length > 0) break;
      let code1: { kind: 'LITERAL'; code: number } | CategoryEscape;
      if (isEscapeToken(token)) code1 = this.classEscape(token);
      else code1 = { kind: 'LITERAL', code: ord(token) };
      if (source.match('-')) {
        const that = source.get();
        if (that === null) {
          throw source.error('unterminated character set', source.tell() - here);
        }
        if (that === ']') {
          set.push(toSetItem(code1));
          set.push({ kind: 'LITERAL', code: 0x2d });
          break;
        }
        const code2 = isEscapeToken(that)
          ? this.classEscape(that)
          : { kind: 'LITERAL' as const, code: ord(that) };
        const width = codePointLength(token) + 1 + codePointLength(that);
        if (code1.kind !== 'LITERAL' || code2.kind !== 'LITERAL') {
          throw source.error(`bad character range ${token}-${that}`, width);
        }
        if (code2.code < code1.code) {
          throw source.error(`bad character range ${token}-${that}`, width);
        }
        set.push({ kind: 'RANGE', lo: code1.code, hi: code2.code });
      } else {
        set.push(toSetItem(code1));
      }
    }
    set = uniqueSetItems(set);
    const only = set[0];
    if (set.length === 1 && only !== undefined && only.kind === 'LITERAL') {
      items.push({ kind: negate ? 'NOT_LITERAL' : 'LITERAL', code: only.code });
    } else {
      if (negate) set.unshift({ kind: 'NEGATE' });
      items.push({ kind: 'IN', items: set });
    }
  }

  private parseRepeat(token: string, items: RegexNode[]): void {
    const source = this.source;
    const here = source.tell();
    let min = 0;
    let max = MAXREPEAT;
    if (token === '?') {
      max = 1;
    } else if (token === '+') {
      min = 1;
    } else if (token === '{') {
      if (source.next === '}') {
        items.push({ kind: 'LITERAL', code: 0x7b });
        return;
      }
      let lo = '';
      let hi = '';
      while (isDigitToken(source.next)) lo += source.get();
      if (source.match(',')) {
        while (isDigitToken(source.next)) hi += source.get();
      } else {
        hi = lo;
      }
      if (!source.match('}')) {
        items.push({ kind: 'LITERAL', code: 0x7b });
        source.seek(here);
        return;
      }
      if (lo !== '') {
        min = Number(lo);
        if (min >= MAXREPEAT) {
          throw new PythonError('OverflowError', 'the repetition number is too large');
        }
      }
      if (hi !== '') {
        max = Number(hi);
        if (max >= MAXREPEAT) {
          throw new PythonError('OverflowError', 'the repetition number is too large');
        }
        if (max < min) {
          throw source.error('min repeat greater than max repeat', source.tell() - here);
        }
      }
    }
    const last = items[items.length - 1];
    const offset = source.tell() - here + token.length;
    if (last === undefined || last.kind === 'AT') throw source.error('nothing to repeat', offset);
    if (
      last.kind === 'MAX_REPEAT' ||
      last.kind === 'MIN_REPEAT' ||
      last.kind === 'POSSESSIVE_REPEAT'
    ) {
      throw source.error('multiple repeat', offset);
    }
    let body: SubPattern;
    if (
      last.kind === 'SUBPATTERN' &&
      last.group === null &&
      last.addFlags === 0 &&
      last.delFlags === 0
    ) {
      body = last.body;
    } else {
      body = new SubPattern(this.state, [last]);
    }
    let kind: 'MAX_REPEAT' | 'MIN_REPEAT' | 'POSSESSIVE_REPEAT' = 'MAX_REPEAT';
    if (source.match('?')) kind = 'MIN_REPEAT';
    else if (source.match('+')) kind = 'POSSESSIVE_REPEAT';
    items[items.length - 1] = { kind, min, max, body };
  }

  /** Parses after `(`; returns true when it was a global-flags group `(?i)`. */
  private parseGroup(
    items: RegexNode[],
    verbose: boolean,
    nested: number,
    first: boolean,
  ): boolean {
    const source = this.source;
    const state = this.state;
    const start = source.tell() - 1;
    let capture = true;
    let atomic = false;
    let name: string | null = null;
    let addFlags = 0;
    let delFlags = 0;
    if (source.match('?')) {
      let char = source.get();
      if (char === null) throw source.error('unexpected end of pattern');
      if (char === 'P') {
        if (source.match('<')) {
          name = source.getUntil('>', 'group name');
          source.checkGroupName(name, 1);
        } else if (source.match('=')) {
          const refName = source.getUntil(')', 'group name');
          source.checkGroupName(refName, 1);
          const gid = state.groupdict.get(refName);
          const offset = codePointLength(refName) + 1;
          if (gid === undefined) {
            throw source.error(`unknown group name ${pyRepr(refName)}`, offset);
          }
          if (!this.checkGroup(gid)) throw source.error('cannot refer to an open group', offset);
          this.checkLookbehindGroup(gid);
          items.push({ kind: 'GROUPREF', group: gid });
          return false;
        } else {
          const next = source.get();
          if (next === null) throw source.error('unexpected end of pattern');
          throw source.error(`unknown extension ?P${next}`, codePointLength(next) + 2);
        }
      } else if (char === ':') {
        capture = false;
      } else if (char === '#') {
        for (;;) {
          if (source.next === null) {
            throw source.error('missing ), unterminated comment', source.tell() - start);
          }
          if (source.get() === ')') break;
        }
        return false;
      } else if (char === '=' || char === '!' || char === '<') {
        let direction: 1 | -1 = 1;
        let outerLookbehind: number | null = null;
        if (char === '<') {
          char = source.get();
          if (char === null) throw source.error('unexpected end of pattern');
          if (char !== '=' && char !== '!') {
            throw source.error(`unknown extension ?<${char}`, codePointLength(char) + 2);
          }
          direction = -1;
          outerLookbehind = state.lookbehindgroups;
          if (outerLookbehind === null) state.lookbehindgroups = this.groups;
        }
        const body = this.parseSub(verbose, nested + 1);
        if (direction < 0 && outerLookbehind === null) state.lookbehindgroups = null;
        if (!source.match(')')) {
          throw source.error('missing ), unterminated subpattern', source.tell() - start);
        }
        items.push({ kind: char === '=' ? 'ASSERT' : 'ASSERT_NOT', direction, body });
        return false;
      } else if (char === '(') {
        this.parseConditional(items, verbose, nested, start);
        return false;
      } else if (char === '>') {
        capture = false;
        atomic = true;
      } else if (FLAG_LETTERS.has(char) || char === '-') {
        const flags = this.parseFlags(char);
        if (flags === null) {
          if (!first || items.length > 0) {
            throw source.error(
              'global flags not at the start of the expression',
              source.tell() - start,
            );
          }
          return true;
        }
        [addFlags, delFlags] = flags;
        capture = false;
      } else {
        throw source.error(`unknown extension ?${char}`, codePointLength(char) + 1);
      }
    }

    let group: number | null = null;
    if (capture) {
      try {
        group = this.openGroup(name);
      } catch (err) {
        if (err instanceof RegexError) {
          throw source.error(err.msg, codePointLength(name ?? '') + 1);
        }
        throw err;
      }
    }
    const subVerbose =
      (verbose || (addFlags & RE_FLAG.VERBOSE) !== 0) && (delFlags & RE_FLAG.VERBOSE) === 0;
    const body = this.parseSub(subVerbose, nested + 1);
    if (!source.match(')')) {
      throw source.error('missing ), unterminated subpattern', source.tell() - start);
    }
    if (group !== null) state.groupwidths[group] = body.getWidth();
    if (atomic) items.push({ kind: 'ATOMIC_GROUP', body });
    else items.push({ kind: 'SUBPATTERN', group, addFlags, delFlags, body });
    return false;
  }

  private parseConditional(
    items: RegexNode[],
    verbose: boolean,
    nested: number,
    start: number,
  ): void {
    const source = this.source;
    const state = this.state;
    const condname = source.getUntil(')', 'group name');
    const offset = codePointLength(condname) + 1;
    let condgroup: number;
    if (isIdentifier(condname)) {
      source.checkGroupName(condname, 1);
      const gid = state.groupdict.get(condname);
      if (gid === undefined) throw source.error(`unknown group name ${pyRepr(condname)}`, offset);
      condgroup = gid;
    } else {
      const value = parsePythonInt(condname);
      if (value === null || value < 0) {
        throw source.error(`bad character in group name ${pyRepr(condname)}`, offset);
      }
      if (value === 0) throw source.error('bad group number', offset);
      if (value >= MAXGROUPS) throw source.error(`invalid group reference ${value}`, offset);
      condgroup = value;
      if (!state.grouprefpos.has(condgroup)) {
        state.grouprefpos.set(condgroup, source.tell() - offset);
      }
    }
    this.checkLookbehindGroup(condgroup);
    const yes = this.parse(verbose, nested + 1, false);
    let no: SubPattern | null = null;
    if (source.match('|')) {
      no = this.parse(verbose, nested + 1, false);
      if (source.next === '|') {
        throw source.error('conditional backref with more than two branches');
      }
    }
    if (!source.match(')')) {
      throw source.error('missing ), unterminated subpattern', source.tell() - start);
    }
    items.push({ kind: 'GROUPREF_EXISTS', group: condgroup, yes, no });
  }

  /** sre_parse._parse_flags; null for global flags `(?i)`, else [add, del] for `(?i-m:...)`. */
  private parseFlags(char: string | null): [number, number] | null {
    const source = this.source;
    let addFlags = 0;
    let delFlags = 0;
    if (char !== '-') {
      for (;;) {
        const flag = FLAG_LETTERS.get(char!)!;
        if (source.isText) {
          if (char === 'L') {
            throw source.error("bad inline flags: cannot use 'L' flag with a str pattern");
          }
        } else if (char === 'u') {
          throw source.error("bad inline flags: cannot use 'u' flag with a bytes pattern");
        }
        addFlags |= flag;
        if ((flag & TYPE_FLAGS) !== 0 && (addFlags & TYPE_FLAGS) !== flag) {
          throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
        }
        char = source.get();
        if (char === null) throw source.error('missing -, : or )');
        if (oneOf(char, ')-:')) break;
        if (!FLAG_LETTERS.has(char)) {
          const msg = isAlpha(char) ? 'unknown flag' : 'missing -, : or )';
          throw source.error(msg, codePointLength(char));
        }
      }
    }
    if (char === ')') {
      this.state.flags |= addFlags;
      return null;
    }
    if ((addFlags & GLOBAL_FLAGS) !== 0) {
      throw source.error('bad inline flags: cannot turn on global flag', 1);
    }
    if (char === '-') {
      char = source.get();
      if (char === null) throw source.error('missing flag');
      if (!FLAG_LETTERS.has(char)) {
        const msg = isAlpha(char) ? 'unknown flag' : 'missing flag';
        throw source.error(msg, codePointLength(char));
      }
      for (;;) {
        const flag = FLAG_LETTERS.get(char)!;
        if ((flag & TYPE_FLAGS) !== 0) {
          throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
        }
        delFlags |= flag;
        char = source.get();
        if (char === null) throw source.error('missing :');
        if (char === ':') break;
        if (!FLAG_LETTERS.has(char)) {
          const msg = isAlpha(char) ? 'unknown flag' : 'missing :';
          throw source.error(msg, codePointLength(char));
        }
      }
    }
    if ((delFlags & GLOBAL_FLAGS) !== 0) {
      throw source.error('bad inline flags: cannot turn off global flag', 1);
    }
    if ((addFlags & delFlags) !== 0) {
      throw source.error('bad inline flags: flag turned on and off', 1);
    }
    return [addFlags, delFlags];
  }
}

function isEscapeToken(token: string): boolean {
  return token[0] === '\\' && codePointLength(token) === 2;
}

function toSetItem(code: { kind: 'LITERAL'; code: number } | CategoryEscape): SetItem {
  if (code.kind === 'LITERAL') return code;
  if (code.kind === 'IN') return code.item;
  throw new Error('position escape in a set');
}

function uniqueSetItems(items: readonly SetItem[]): SetItem[] {
  const seen = new Set<string>();
  const out: SetItem[] = [];
  for (const item of items) {
    const key = setItemKey(item);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}

function decimalValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  for (let i = 0; i < DECIMAL_RANGES.length; i += 2) {
    const lo = DECIMAL_RANGES[i]!;
    if (code >= lo && code <= DECIMAL_RANGES[i + 1]!) return (code - lo) % 10;
  }
  return -1;
}

const PY_SPACE = /^[\s\u001c-\u001f\u0085]*$/u;

/**
 * Python's `int(text)` for a group number: optional surrounding whitespace and sign, decimal
 * digits of any script, single underscores between digits. Null when `int()` would raise.
 */
export function parsePythonInt(text: string): number | null {
  const chars = [...text];
  let start = 0;
  let end = chars.length;
  while (start < end && PY_SPACE.test(chars[start]!)) start++;
  while (end > start && PY_SPACE.test(chars[end - 1]!)) end--;
  let sign = 1;
  if (start < end && (chars[start] === '+' || chars[start] === '-')) {
    if (chars[start] === '-') sign = -1;
    start++;
  }
  if (start >= end) return null;
  let value = 0;
  let lastUnderscore = true;
  for (let i = start; i < end; i++) {
    const ch = chars[i]!;
    if (ch === '_') {
      if (lastUnderscore) return null;
      lastUnderscore = true;
      continue;
    }
    const code = ch.codePointAt(0)!;
    if (!isUnicodeDigit(code)) return null;
    value = value * 10 + decimalValue(code);
    lastUnderscore = false;
  }
  if (lastUnderscore) return null;
  return sign * value;
}

/**
 * sre_parse.fix_flags: validates flags for a str or bytes pattern and adds UNICODE for str.
 * Raises ValueError with CPython's messages.
 */
export function fixFlags(isText: boolean, flags: number): number {
  if (isText) {
    if ((flags & RE_FLAG.LOCALE) !== 0) {
      throw new PythonError('ValueError', 'cannot use LOCALE flag with a str pattern');
    }
    if ((flags & RE_FLAG.ASCII) === 0) flags |= RE_FLAG.UNICODE;
    else if ((flags & RE_FLAG.UNICODE) !== 0) {
      throw new PythonError('ValueError', 'ASCII and UNICODE flags are incompatible');
    }
  } else {
    if ((flags & RE_FLAG.UNICODE) !== 0) {
      throw new PythonError('ValueError', 'cannot use UNICODE flag with a bytes pattern');
    }
    if ((flags & RE_FLAG.LOCALE) !== 0 && (flags & RE_FLAG.ASCII) !== 0) {
      throw new PythonError('ValueError', 'ASCII and LOCALE flags are incompatible');
    }
  }
  return flags;
}

/**
 * Parses `pattern` with `flags` (sre_parse.parse). Throws RegexError for a bad pattern,
 * ValueError for bad flags, OverflowError for huge repeat counts.
 */
export function parseRegex(
  pattern: string | Uint8Array,
  flags: number,
  options: ParseOptions = {},
): ParsedPattern {
  const source = new Tokenizer(pattern);
  const state: ParseState = {
    flags,
    groupdict: new Map(),
    groupwidths: [null],
    lookbehindgroups: null,
    grouprefpos: new Map(),
  };
  const parser = new Parser(source, state, options);
  const tree = parser.parseSub((flags & RE_FLAG.VERBOSE) !== 0, 0);
  state.flags = fixFlags(source.isText, state.flags);
  if (source.next !== null) throw source.error('unbalanced parenthesis');
  for (const [group, pos] of state.grouprefpos) {
    if (group >= state.groupwidths.length) {
      throw new RegexError(`invalid group reference ${group}`, pattern, pos);
    }
  }
  return {
    tree,
    flags: state.flags,
    groupCount: state.groupwidths.length,
    groupdict: state.groupdict,
  };
}
