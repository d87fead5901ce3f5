// Compiles a parsed regex (re-parser.ts) to a flat Int32Array program for re-matcher.ts, following
// sre_compile: the same instruction choices (REPEAT_ONE for single-character items, case-folded
// literals and sets) and the same search info (literal prefix with overlap table, or first-char set).

import { assertNever, type RegexNode, type SubPattern } from './re-ast.js';
import { type CaseModel, compileBudget, compileCharset, withLatin1Map } from './re-charset.js';
import {
  AT,
  type AtCode,
  CODE_MAXREPEAT,
  MAXREPEAT,
  OP,
  RE_FLAG,
  TYPE_FLAGS,
} from './re-constants.js';
import { RegexError } from './re-error.js';
import { type ParseOptions, parseRegex } from './re-parser.js';
import {
  extraCasesOf,
  isAsciiCased,
  isUnicodeCased,
  lowerAscii,
  lowerUnicode,
} from './re-unicode.js';

/** Search acceleration data (sre's INFO block). */
export interface RegexInfo {
  /** Minimum width of a match. */
  readonly minWidth: number;
  /** Literal characters every match starts with, or null. */
  readonly prefix: Int32Array | null;
  /** KMP overlap table for `prefix`. */
  readonly overlap: Int32Array | null;
  /** How many leading LITERAL instructions the prefix covers (the matcher skips them). */
  readonly prefixSkip: number;
  /** The whole pattern is the prefix: a prefix hit is a match. */
  readonly literal: boolean;
  /** Set ops (ending in FAILURE) every match's first character belongs to, or null. */
  readonly charset: Int32Array | null;
}

/**
 * A compiled pattern: plain data (typed arrays, arrays, a Map), safe to snapshot.
 * @see https://docs.python.org/3.11/library/re.html#regular-expression-objects
 */
export interface RegexProgram {
  /** The source pattern. */
  readonly pattern: string | Uint8Array;
  /** True for bytes patterns. */
  readonly isBytes: boolean;
  /** `Pattern.flags`: the given flags, inline global flags, and UNICODE for str patterns. */
  readonly flags: number;
  /** `Pattern.groups`: number of capturing groups. */
  readonly groups: number;
  /** `Pattern.groupindex`: name -> group number. */
  readonly groupindex: ReadonlyMap<string, number>;
  /** Group number -> name (index 0 unused). */
  readonly indexgroup: readonly (string | null)[];
  /** The instructions. */
  readonly code: Int32Array;
  /** Search acceleration. */
  readonly info: RegexInfo;
}

function combineFlags(flags: number, addFlags: number, delFlags: number): number {
  if ((addFlags & TYPE_FLAGS) !== 0) flags &= ~TYPE_FLAGS;
  return (flags | addFlags) & ~delFlags;
}

const UNICODE_CASES: CaseModel = {
  isCased: isUnicodeCased,
  toLower: lowerUnicode,
  fixes: extraCasesOf,
};
const ASCII_CASES: CaseModel = { isCased: isAsciiCased, toLower: lowerAscii, fixes: null };

/** How IGNORECASE folds at compile time; null when case-sensitive or under LOCALE (folded at match time). */
function caseModelFor(flags: number): CaseModel | null {
  if ((flags & RE_FLAG.IGNORECASE) === 0 || (flags & RE_FLAG.LOCALE) !== 0) return null;
  return (flags & RE_FLAG.UNICODE) !== 0 ? UNICODE_CASES : ASCII_CASES;
}

function isLocaleIgnore(flags: number): boolean {
  return (flags & RE_FLAG.IGNORECASE) !== 0 && (flags & RE_FLAG.LOCALE) !== 0;
}

function clampCount(count: number): number {
  return count >= MAXREPEAT ? CODE_MAXREPEAT : Math.min(count, CODE_MAXREPEAT - 1);
}

function isSimple(body: SubPattern): boolean {
  if (body.items.length !== 1) return false;
  const node = body.items[0]!;
  if (node.kind === 'SUBPATTERN') return node.group === null && isSimple(node.body);
  return (
    node.kind === 'LITERAL' ||
    node.kind === 'NOT_LITERAL' ||
    node.kind === 'ANY' ||
    node.kind === 'IN'
  );
}

function atCode(node: { at: string }, flags: number): AtCode {
  const multiline = (flags & RE_FLAG.MULTILINE) !== 0;
  const unicode = (flags & RE_FLAG.UNICODE) !== 0;
  switch (node.at) {
    case 'BEGINNING':
      return multiline ? AT.BEGINNING_LINE : AT.BEGINNING;
    case 'END':
      return multiline ? AT.END_LINE : AT.END;
    case 'BEGINNING_STRING':
      return AT.BEGINNING_STRING;
    case 'END_STRING':
      return AT.END_STRING;
    case 'BOUNDARY':
      if ((flags & RE_FLAG.LOCALE) !== 0) return AT.LOC_BOUNDARY;
      return unicode ? AT.UNI_BOUNDARY : AT.BOUNDARY;
    default:
      if ((flags & RE_FLAG.LOCALE) !== 0) return AT.LOC_NON_BOUNDARY;
      return unicode ? AT.UNI_NON_BOUNDARY : AT.NON_BOUNDARY;
  }
}

function repeatName(kind: string): string {
  return kind;
}

/** sre_compile._compile: appends the instructions for `items` under `flags`. */
function compileItems(code: number[], items: readonly RegexNode[], flags: number): void {
  const caseModel = caseModelFor(flags);
  for (const node of items) {
    switch (node.kind) {
      case 'LITERAL':
      case 'NOT_LITERAL': {
        const isLiteral = node.kind === 'LITERAL';
        if (isLocaleIgnore(flags)) {
          code.push(isLiteral ? OP.LITERAL_LOC_IGNORE : OP.NOT_LITERAL_LOC_IGNORE, node.code);
          break;
        }
        if (caseModel === null || !caseModel.isCased(node.code)) {
          code.push(isLiteral ? OP.LITERAL : OP.NOT_LITERAL, node.code);
          break;
        }
        const lower = caseModel.toLower(node.code);
        if (caseModel.fixes === null) {
          code.push(isLiteral ? OP.LITERAL_IGNORE : OP.NOT_LITERAL_IGNORE, lower);
          break;
        }
        const fixes = caseModel.fixes(lower);
        if (fixes === undefined) {
          code.push(isLiteral ? OP.LITERAL_UNI_IGNORE : OP.NOT_LITERAL_UNI_IGNORE, lower);
          break;
        }
        code.push(OP.IN_UNI_IGNORE);
        const skip = code.length;
        code.push(0);
        if (!isLiteral) code.push(OP.NEGATE);
        for (const k of [lower, ...fixes]) code.push(OP.LITERAL, k);
        code.push(OP.FAILURE);
        code[skip] = code.length - skip;
        break;
      }
      case 'IN': {
        const setCode: number[] = [];
        const hasCased = compileCharset(node.items, flags, caseModel, setCode);
        let op: number = OP.IN;
        if (isLocaleIgnore(flags)) op = OP.IN_LOC_IGNORE;
        else if (hasCased) op = caseModel!.fixes === null ? OP.IN_IGNORE : OP.IN_UNI_IGNORE;
        const fastSet = withLatin1Map(setCode);
        code.push(op, fastSet.length + 1, ...fastSet);
        break;
      }
      case 'ANY':
        code.push((flags & RE_FLAG.DOTALL) !== 0 ? OP.ANY_ALL : OP.ANY);
        break;
      case 'MAX_REPEAT':
      case 'MIN_REPEAT':
      case 'POSSESSIVE_REPEAT': {
        if ((flags & RE_FLAG.TEMPLATE) !== 0) {
          throw new RegexError(`internal: unsupported template operator ${repeatName(node.kind)}`);
        }
        const min = clampCount(node.min);
        const max = clampCount(node.max);
        if (isSimple(node.body)) {
          const op =
            node.kind === 'MAX_REPEAT'
              ? OP.REPEAT_ONE
              : node.kind === 'MIN_REPEAT'
                ? OP.MIN_REPEAT_ONE
                : OP.POSSESSIVE_REPEAT_ONE;
          code.push(op);
          const skip = code.length;
          code.push(0, min, max);
          compileItems(code, node.body.items, flags);
          code.push(OP.SUCCESS);
          code[skip] = code.length - skip;
        } else {
          code.push(node.kind === 'POSSESSIVE_REPEAT' ? OP.POSSESSIVE_REPEAT : OP.REPEAT);
          const skip = code.length;
          code.push(0, min, max);
          compileItems(code, node.body.items, flags);
          code[skip] = code.length - skip;
          code.push(
            node.kind === 'MAX_REPEAT'
              ? OP.MAX_UNTIL
              : node.kind === 'MIN_REPEAT'
                ? OP.MIN_UNTIL
                : OP.SUCCESS,
          );
        }
        break;
      }
      case 'SUBPATTERN': {
        if (node.group) code.push(OP.MARK, (node.group - 1) * 2);
        compileItems(code, node.body.items, combineFlags(flags, node.addFlags, node.delFlags));
        if (node.group) code.push(OP.MARK, (node.group - 1) * 2 + 1);
        break;
      }
      case 'ATOMIC_GROUP': {
        code.push(OP.ATOMIC_GROUP);
        const skip = code.length;
        code.push(0);
        compileItems(code, node.body.items, flags);
        code.push(OP.SUCCESS);
        code[skip] = code.length - skip;
        break;
      }
      case 'ASSERT':
      case 'ASSERT_NOT': {
        code.push(node.kind === 'ASSERT' ? OP.ASSERT : OP.ASSERT_NOT);
        const skip = code.length;
        code.push(0);
        if (node.direction >= 0) {
          code.push(0);
        } else {
          const [lo, hi] = node.body.getWidth();
          if (lo !== hi) throw new RegexError('look-behind requires fixed-width pattern');
          code.push(clampCount(lo));
        }
        compileItems(code, node.body.items, flags);
        code.push(OP.SUCCESS);
        code[skip] = code.length - skip;
        break;
      }
      case 'AT':
        code.push(OP.AT, atCode(node, flags));
        break;
      case 'BRANCH': {
        code.push(OP.BRANCH);
        const tails: number[] = [];
        for (const branch of node.branches) {
          const skip = code.length;
          code.push(0);
          compileItems(code, branch.items, flags);
          code.push(OP.JUMP);
          tails.push(code.length);
          code.push(0);
          code[skip] = code.length - skip;
        }
        code.push(OP.FAILURE);
        for (const tail of tails) code[tail] = code.length - tail;
        break;
      }
      case 'GROUPREF': {
        let op: number = OP.GROUPREF;
        if (isLocaleIgnore(flags)) {
          op = OP.GROUPREF_LOC_IGNORE;
        } else if (caseModel !== null) {
          op = caseModel.fixes === null ? OP.GROUPREF_IGNORE : OP.GROUPREF_UNI_IGNORE;
        }
        code.push(op, node.group - 1);
        break;
      }
      case 'GROUPREF_EXISTS': {
        code.push(OP.GROUPREF_EXISTS, node.group - 1);
        const skipYes = code.length;
        code.push(0);
        compileItems(code, node.yes.items, flags);
        if (node.no !== null) {
          code.push(OP.JUMP);
          const skipNo = code.length;
          code.push(0);
          code[skipYes] = code.length - skipYes + 1;
          compileItems(code, node.no.items, flags);
          code[skipNo] = code.length - skipNo;
        } else {
          code[skipYes] = code.length - skipYes + 1;
        }
        break;
      }
      default:
        assertNever(node);
    }
  }
}

/** sre_compile._get_iscased. */
function isCasedUnder(flags: number): ((c: number) => boolean) | null {
  if ((flags & RE_FLAG.IGNORECASE) === 0) return null;
  return (flags & RE_FLAG.UNICODE) !== 0 ? isUnicodeCased : isAsciiCased;
}

interface LiteralPrefix {
  prefix: number[];
  prefixSkip: number | null;
  gotAll: boolean;
}

/** sre_compile._get_literal_prefix. */
function literalPrefix(body: SubPattern, flags: number): LiteralPrefix {
  const prefix: number[] = [];
  let prefixSkip: number | null = null;
  const isCased = isCasedUnder(flags);
  for (const node of body.items) {
    if (node.kind === 'LITERAL') {
      if (isCased?.(node.code)) return { prefix, prefixSkip, gotAll: false };
      prefix.push(node.code);
    } else if (node.kind === 'SUBPATTERN') {
      const inner = combineFlags(flags, node.addFlags, node.delFlags);
      if ((inner & RE_FLAG.IGNORECASE) !== 0 && (inner & RE_FLAG.LOCALE) !== 0) {
        return { prefix, prefixSkip, gotAll: false };
      }
      const sub = literalPrefix(node.body, inner);
      if (prefixSkip === null) {
        if (node.group !== null) prefixSkip = prefix.length;
        else if (sub.prefixSkip !== null) prefixSkip = prefix.length + sub.prefixSkip;
      }
      prefix.push(...sub.prefix);
      if (!sub.gotAll) return { prefix, prefixSkip, gotAll: false };
    } else {
      return { prefix, prefixSkip, gotAll: false };
    }
  }
  return { prefix, prefixSkip, gotAll: true };
}

/** sre_compile._get_charset_prefix: set items a match's first character must be in, or null. */
function charsetPrefix(body: SubPattern, flags: number) {
  let pattern = body;
  let node: RegexNode | undefined;
  for (;;) {
    node = pattern.items[0];
    if (node === undefined) return null;
    if (node.kind !== 'SUBPATTERN') break;
    flags = combineFlags(flags, node.addFlags, node.delFlags);
    if ((flags & RE_FLAG.IGNORECASE) !== 0 && (flags & RE_FLAG.LOCALE) !== 0) return null;
    pattern = node.body;
  }
  const isCased = isCasedUnder(flags);
  if (node.kind === 'LITERAL') {
    if (isCased?.(node.code)) return null;
    return [{ kind: 'LITERAL' as const, code: node.code }];
  }
  if (node.kind === 'BRANCH') {
    const set: { kind: 'LITERAL'; code: number }[] = [];
    for (const branch of node.branches) {
      const first = branch.items[0];
      if (first === undefined) return null;
      if (first.kind === 'LITERAL' && !isCased?.(first.code)) {
        set.push({ kind: 'LITERAL', code: first.code });
      } else {
        return null;
      }
    }
    return set;
  }
  if (node.kind === 'IN') {
    if (isCased !== null) {
      for (const item of node.items) {
        if (item.kind === 'LITERAL' && isCased(item.code)) return null;
        if (item.kind === 'RANGE') {
          if (item.hi > 0xffff) return null;
          for (let c = item.lo; c <= item.hi; c++) if (isCased(c)) return null;
        }
      }
    }
    return node.items;
  }
  return null;
}

function overlapTable(prefix: readonly number[]): Int32Array {
  const table = new Int32Array(prefix.length);
  for (let i = 1; i < prefix.length; i++) {
    let idx = table[i - 1]!;
    for (;;) {
      if (prefix[i] === prefix[idx]) {
        table[i] = idx + 1;
        break;
      }
      if (idx === 0) {
        table[i] = 0;
        break;
      }
      idx = table[idx - 1]!;
    }
  }
  return table;
}

/** sre_compile._compile_info. */
function compileInfo(tree: SubPattern, flags: number): RegexInfo {
  const [lo] = tree.getWidth();
  const minWidth = clampCount(lo);
  const empty: RegexInfo = {
    minWidth,
    prefix: null,
    overlap: null,
    prefixSkip: 0,
    literal: false,
    charset: null,
  };
  if (lo === 0) return empty;
  if ((flags & RE_FLAG.IGNORECASE) !== 0 && (flags & RE_FLAG.LOCALE) !== 0) return empty;
  const found = literalPrefix(tree, flags);
  if (found.prefix.length > 0) {
    return {
      minWidth,
      prefix: Int32Array.from(found.prefix),
      overlap: overlapTable(found.prefix),
      prefixSkip: found.prefixSkip ?? found.prefix.length,
      literal: found.prefixSkip === null && found.gotAll,
      charset: null,
    };
  }
  const items = charsetPrefix(tree, flags);
  if (items === null || items.length === 0) return empty;
  const setCode: number[] = [];
  compileCharset(items, flags, null, setCode);
  return { ...empty, charset: Int32Array.from(withLatin1Map(setCode)) };
}

/** Options for compiling a pattern. */
export interface CompileOptions extends ParseOptions {
  /** Charged with the compilation work (pattern size, set folding); may throw to stop it. */
  readonly charge?: (steps: number) => void;
}

/**
 * Compiles a pattern (sre_compile.compile). Throws RegexError (`re.error`) for a bad pattern,
 * ValueError for incompatible flags, OverflowError for repeat counts of MAXREPEAT or more.
 */
export function compileRegex(
  pattern: string | Uint8Array,
  flags: number,
  options: CompileOptions = {},
): RegexProgram {
  const charge = options.charge ?? null;
  charge?.(pattern.length);
  const parsed = parseRegex(pattern, flags, options);
  const allFlags = parsed.flags | flags;
  const code: number[] = [];
  const outerCharge = compileBudget.charge;
  compileBudget.charge = charge;
  let info: RegexInfo;
  try {
    compileItems(code, parsed.tree.items, allFlags);
    code.push(OP.SUCCESS);
    info = compileInfo(parsed.tree, allFlags);
  } finally {
    compileBudget.charge = outerCharge;
  }
  const indexgroup: (string | null)[] = new Array<string | null>(parsed.groupCount).fill(null);
  for (const [name, index] of parsed.groupdict) indexgroup[index] = name;
  return {
    pattern,
    isBytes: typeof pattern !== 'string',
    flags: allFlags,
    groups: parsed.groupCount - 1,
    groupindex: parsed.groupdict,
    indexgroup,
    code: Int32Array.from(code),
    info,
  };
}
