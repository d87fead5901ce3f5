// Bracketed displays and comprehensions: `(...)` groups, tuples and generator expressions,
// `[...]` lists and list comprehensions, `{...}` dicts, sets and their comprehensions, and the
// `for ... in ... if ...` clauses with their targets. Operators and atoms: parse-expressions.ts.

import type { Comprehension, Dict, Expr, List, Set as SetNode, Tuple } from './ast.js';
import { raiseAfterElement, reparseAsPeg } from './parse-expression-errors.js';
import {
  enterBracket,
  finishTuple,
  lastElement,
  parseBitwiseOr,
  parseDisjunction,
  parseExpression,
  parsePrimary,
  parseStarExpressions,
  parseStarNamedExpression,
  parseYieldExpression,
  startsExpression,
} from './parse-expressions.js';
import {
  COLON,
  COMMA,
  DOUBLESTAR,
  KW_ASYNC,
  KW_FOR,
  KW_IF,
  KW_IN,
  KW_YIELD,
  MAX_NESTING_DEPTH,
  type Parser,
  RBRACE,
  RPAR,
  RSQB,
  STAR,
} from './parse-state.js';
import { raiseInvalidTarget, setContext } from './parse-targets.js';
import { PySyntaxError, parserError, raisedInEveryReading } from './syntax-errors.js';

/** `(` ... `)`: empty tuple, group, yield, tuple, or generator expression. */
export function parseParenthesized(p: Parser): Expr {
  const open = p.toks[p.pos]!;
  p.pos++;
  enterBracket(p);
  const savedDepth = p.depth;
  if (++p.depth > MAX_NESTING_DEPTH) p.raiseTooDeep();
  let c = p.codes[p.pos]!;
  let result: Expr;
  if (c === RPAR) {
    const close = p.toks[p.pos++]!;
    result = spanTuple([], open, close);
  } else if (c === KW_YIELD) {
    result = parseYieldExpression(p);
    p.expect(RPAR);
  } else {
    if (c === DOUBLESTAR) {
      const starIndex = p.pos;
      p.pos++;
      // Only the second pass reads past the `**`: a targeted error there wins, else the generic
      // error stands at the `**`.
      try {
        const value = parseExpression(p);
        if (p.codes[p.pos] === RPAR) {
          p.raiseAtToken(starIndex, 'cannot use double starred expression here');
        }
        if (startsExpression(p.codes[p.pos]!)) raiseAfterElement(p, value);
      } catch (error) {
        if (!(error instanceof PySyntaxError) || error.msg !== 'invalid syntax') throw error;
      }
      p.noteRead(p.pos);
      p.pos = starIndex;
      p.raiseInvalidSyntax();
    }
    const first = parseDisplayElement(p);
    c = p.codes[p.pos]!;
    if (c === RPAR) {
      if (first.kind === 'Starred') p.raiseAtNode(first, 'cannot use starred expression here');
      p.pos++;
      result = first;
    } else if (c === COMMA) {
      const elts: Expr[] = [first];
      while (p.codes[p.pos] === COMMA) {
        p.pos++;
        if (p.codes[p.pos] === RPAR) break;
        elts.push(parseDisplayElement(p));
      }
      if (p.codes[p.pos] !== RPAR) raiseAfterElement(p, elts[elts.length - 1]!);
      const close = p.expect(RPAR);
      result = spanTuple(elts, open, close);
    } else if (c === KW_FOR || c === KW_ASYNC) {
      // invalid_comprehension needs for_if_clauses after the starred element; without them the
      // first pass stopped at this token (no valid display reads on after a starred element).
      if (first.kind === 'Starred') {
        if (!comprehensionClausesFollow(p)) p.raiseInvalidSyntax();
        p.raiseAtNode(first, 'iterable unpacking cannot be used in comprehension');
      }
      const generators = parseComprehensionClauses(p);
      const close = p.expect(RPAR);
      result = {
        kind: 'GeneratorExp',
        elt: first,
        generators,
        lineno: open.line,
        col_offset: open.byteCol,
        end_lineno: close.endLine,
        end_col_offset: close.endByteCol,
      };
    } else {
      return raiseAfterElement(p, first, true);
    }
  }
  p.depth = savedDepth;
  p.parenDepth--;
  return result;
}

interface SpanToken {
  readonly line: number;
  readonly byteCol: number;
  readonly endLine: number;
  readonly endByteCol: number;
}

function spanTuple(elts: Expr[], open: SpanToken, close: SpanToken): Tuple {
  return {
    kind: 'Tuple',
    elts,
    ctx: 'Load',
    lineno: open.line,
    col_offset: open.byteCol,
    end_lineno: close.endLine,
    end_col_offset: close.endByteCol,
  };
}

/**
 * One element of a parenthesized, list, set or dict display. When it fails with the generic
 * error, PEG backtracks out of the failing trailer or operand and the display goes on from the
 * shorter element (whose follower then decides the error: `[v [v for v in y]` reads the
 * comprehension to the end, where an unclosed bracket is what CPython reports).
 */
function parseDisplayElement(p: Parser): Expr {
  const start = p.pos;
  const savedDepth = p.depth;
  const savedParens = p.parenDepth;
  try {
    return parseStarNamedExpression(p);
  } catch (error) {
    if (
      !(error instanceof PySyntaxError) ||
      error.msg !== 'invalid syntax' ||
      p.lenientTrailers ||
      p.lenientRetries <= 0
    ) {
      throw error;
    }
    p.lenientRetries--;
    const failedAt = p.pos;
    p.noteRead(p.pos);
    // A generic error is still reported where the strict reading reported it (CPython's first
    // pass), when that is further than where the lenient reading ends up failing.
    p.noteGenericError(error);
    p.pos = start;
    p.depth = savedDepth;
    p.parenDepth = savedParens;
    p.lenientTrailers = true;
    try {
      return parseStarNamedExpression(p);
    } catch (failure) {
      if (raisedInEveryReading(failure)) throw failure;
      p.noteRead(p.pos);
      p.pos = failedAt;
      throw error;
    } finally {
      p.lenientTrailers = false;
    }
  }
}

/** `[` ... `]`: a List display or a list comprehension. */
export function parseListDisplay(p: Parser): Expr {
  const open = p.toks[p.pos]!;
  p.pos++;
  enterBracket(p);
  const savedDepth = p.depth;
  if (++p.depth > MAX_NESTING_DEPTH) p.raiseTooDeep();
  const elts: Expr[] = [];
  let result: Expr;
  if (p.codes[p.pos] === RSQB) {
    const close = p.toks[p.pos++]!;
    result = spanList(elts, open, close);
  } else {
    const first = parseDisplayElement(p);
    const c = p.codes[p.pos]!;
    if (c === KW_FOR || c === KW_ASYNC) {
      // invalid_comprehension needs for_if_clauses after the starred element; without them the
      // first pass stopped at this token (no valid display reads on after a starred element).
      if (first.kind === 'Starred') {
        if (!comprehensionClausesFollow(p)) p.raiseInvalidSyntax();
        p.raiseAtNode(first, 'iterable unpacking cannot be used in comprehension');
      }
      const generators = parseComprehensionClauses(p);
      const close = p.expect(RSQB);
      result = {
        kind: 'ListComp',
        elt: first,
        generators,
        lineno: open.line,
        col_offset: open.byteCol,
        end_lineno: close.endLine,
        end_col_offset: close.endByteCol,
      };
    } else {
      elts.push(first);
      while (p.codes[p.pos] === COMMA) {
        p.pos++;
        if (p.codes[p.pos] === RSQB) break;
        raiseIfComprehensionTarget(p, elts);
        elts.push(parseDisplayElement(p));
      }
      raiseIfComprehensionTarget(p, elts);
      // A starred first element is read as invalid_comprehension's `'*' expression`.
      if (p.codes[p.pos] !== RSQB) raiseAfterElement(p, elts[elts.length - 1]!, elts.length === 1);
      const close = p.toks[p.pos++]!;
      result = spanList(elts, open, close);
    }
  }
  p.depth = savedDepth;
  p.parenDepth--;
  return result;
}

/**
 * `[a, b for ...]` / `[a, for ...]`: "did you forget parentheses around the comprehension
 * target?" over the elements (or the first element and its comma).
 */
function raiseIfComprehensionTarget(p: Parser, elts: Expr[]): void {
  const c = p.codes[p.pos];
  if (c !== KW_FOR && !(c === KW_ASYNC && p.codes[p.pos + 1] === KW_FOR)) return;
  // invalid_comprehension needs for_if_clauses after the elements (`[1, 2 for]` does not match).
  if (!comprehensionClausesFollow(p)) return;
  const first = elts[0]!;
  if (p.codes[p.pos - 1] === COMMA && elts.length === 1) {
    const comma = p.toks[p.pos - 1]!;
    p.raiseAt(
      'did you forget parentheses around the comprehension target?',
      first.lineno,
      first.col_offset,
      comma.endLine,
      comma.endByteCol,
    );
  }
  if (elts.length > 1) {
    p.raiseRange(
      first,
      elts[elts.length - 1]!,
      'did you forget parentheses around the comprehension target?',
    );
  }
}

/**
 * Whether for_if_clauses parse at the cursor as PEG reads them (a failing clause or `if` part
 * is left out; one complete clause is enough). The cursor is left where it was; targeted errors
 * found on the way are raised.
 */
export function comprehensionClausesFollow(p: Parser): boolean {
  const { pos, depth, parenDepth } = p;
  let complete = 0;
  try {
    for (;;) {
      const c = p.codes[p.pos];
      if (c === KW_ASYNC && p.codes[p.pos + 1] === KW_FOR) p.pos += 2;
      else if (c === KW_FOR) p.pos++;
      else break;
      parseTargetList(p, KW_IN);
      p.expect(KW_IN);
      parseDisjunction(p);
      while (p.codes[p.pos] === KW_IF) {
        const ifStart = p.pos;
        p.pos++;
        try {
          parseDisjunction(p);
        } catch (error) {
          if (!(error instanceof PySyntaxError) || error.msg !== 'invalid syntax') throw error;
          p.pos = ifStart;
          break;
        }
      }
      complete++;
      if (p.codes[p.pos] === KW_IF) break;
    }
  } catch (error) {
    if (!(error instanceof PySyntaxError) || error.msg !== 'invalid syntax') throw error;
  } finally {
    p.noteRead(p.pos);
    p.pos = pos;
    p.depth = depth;
    p.parenDepth = parenDepth;
  }
  return complete > 0;
}

function spanList(elts: Expr[], open: SpanToken, close: SpanToken): List {
  return {
    kind: 'List',
    elts,
    ctx: 'Load',
    lineno: open.line,
    col_offset: open.byteCol,
    end_lineno: close.endLine,
    end_col_offset: close.endByteCol,
  };
}

/** `{` ... `}`: Dict or Set display, or a dict or set comprehension. */
export function parseBraceDisplay(p: Parser): Expr {
  const open = p.toks[p.pos]!;
  p.pos++;
  enterBracket(p);
  const savedDepth = p.depth;
  if (++p.depth > MAX_NESTING_DEPTH) p.raiseTooDeep();
  let result: Expr;
  const c = p.codes[p.pos]!;
  if (c === RBRACE) {
    const close = p.toks[p.pos++]!;
    result = spanDict([], [], open, close);
  } else if (c === DOUBLESTAR) {
    const starIndex = p.pos;
    result = parseDictRest(p, open, [], [], starIndex);
  } else {
    const first = parseDisplayElement(p);
    const next = p.codes[p.pos]!;
    if (next === COLON && first.kind !== 'Starred') {
      p.pos++;
      const value = parseDictValue(p);
      const after = p.codes[p.pos]!;
      if (after === KW_FOR || after === KW_ASYNC) {
        const generators = parseComprehensionClauses(p);
        const close = p.expect(RBRACE);
        result = {
          kind: 'DictComp',
          key: first,
          value,
          generators,
          lineno: open.line,
          col_offset: open.byteCol,
          end_lineno: close.endLine,
          end_col_offset: close.endByteCol,
        };
      } else {
        result = parseDictRest(p, open, [first], [value]);
      }
    } else if (next === KW_FOR || next === KW_ASYNC) {
      // invalid_comprehension needs for_if_clauses after the starred element; without them the
      // first pass stopped at this token (no valid display reads on after a starred element).
      if (first.kind === 'Starred') {
        if (!comprehensionClausesFollow(p)) p.raiseInvalidSyntax();
        p.raiseAtNode(first, 'iterable unpacking cannot be used in comprehension');
      }
      const generators = parseComprehensionClauses(p);
      const close = p.expect(RBRACE);
      result = {
        kind: 'SetComp',
        elt: first,
        generators,
        lineno: open.line,
        col_offset: open.byteCol,
        end_lineno: close.endLine,
        end_col_offset: close.endByteCol,
      };
    } else {
      const elts: Expr[] = [first];
      while (p.codes[p.pos] === COMMA) {
        p.pos++;
        if (p.codes[p.pos] === RBRACE) break;
        raiseIfComprehensionTarget(p, elts);
        elts.push(parseDisplayElement(p));
      }
      raiseIfComprehensionTarget(p, elts);
      // A starred first element is read as invalid_comprehension's `'*' expression`.
      if (p.codes[p.pos] !== RBRACE)
        raiseAfterElement(p, elts[elts.length - 1]!, elts.length === 1);
      const close = p.toks[p.pos++]!;
      const node: SetNode = {
        kind: 'Set',
        elts,
        lineno: open.line,
        col_offset: open.byteCol,
        end_lineno: close.endLine,
        end_col_offset: close.endByteCol,
      };
      result = node;
    }
  }
  p.depth = savedDepth;
  p.parenDepth--;
  return result;
}

/** The remaining `key: value` and `**mapping` items of a dict display, through `}`. */
function parseDictRest(
  p: Parser,
  open: SpanToken,
  keys: (Expr | null)[],
  values: Expr[],
  firstStarIndex = -1,
): Dict {
  if (keys.length > 0) {
    if (p.codes[p.pos] !== COMMA) {
      if (p.codes[p.pos] !== RBRACE) raiseAfterDictItem(p, keys, values);
    } else {
      p.pos++;
    }
  }
  while (p.codes[p.pos] !== RBRACE) {
    if (p.codes[p.pos] === DOUBLESTAR) {
      p.pos++;
      keys.push(null);
      values.push(parseBitwiseOr(p));
      const c = p.codes[p.pos];
      if (firstStarIndex >= 0 && keys.length === 1 && (c === KW_FOR || c === KW_ASYNC)) {
        p.raiseAtToken(firstStarIndex, 'dict unpacking cannot be used in dict comprehension');
      }
    } else {
      const key = parseLaterDictKey(p);
      if (p.codes[p.pos] !== COLON) {
        p.raiseAt(
          "':' expected after dictionary key",
          key.lineno,
          key.end_col_offset - 1,
          key.end_lineno,
          -1,
        );
      }
      p.pos++;
      keys.push(key);
      values.push(parseDictValue(p));
    }
    if (p.codes[p.pos] !== COMMA) break;
    p.pos++;
  }
  if (p.codes[p.pos] !== RBRACE && values.length > 0) raiseAfterDictItem(p, keys, values);
  const close = p.expect(RBRACE);
  return spanDict(keys, values, open, close);
}

/**
 * A dict key after an earlier item. CPython reports invalid_kvpair ("':' expected after dictionary
 * key") at the longest expression that parses there, without the targeted errors a failing
 * trailer or operand inside it would give (`{1: 2, f(x y): 3}`, `{1: 2, 2-: 3}`): that expression
 * is read as PEG reads it, backtracking out of failing trailers and right operands.
 */
function parseLaterDictKey(p: Parser): Expr {
  const start = p.pos;
  const savedDepth = p.depth;
  const savedParens = p.parenDepth;
  try {
    return parseExpression(p);
  } catch (error) {
    if (!(error instanceof PySyntaxError) || p.lenientTrailers || p.lenientRetries <= 0) {
      throw error;
    }
    p.lenientRetries--;
    try {
      return reparseAsPeg(p, start, savedDepth, savedParens);
    } catch (failure) {
      if (raisedInEveryReading(failure)) throw failure;
      throw error;
    }
  }
}

/** After a `**mapping` item CPython has no "forgot a comma" rule: the generic error. */
function raiseAfterDictItem(p: Parser, keys: (Expr | null)[], values: Expr[]): never {
  if (keys[keys.length - 1] === null || p.dictValuesMemoized) return p.raiseInvalidSyntax();
  return raiseAfterElement(p, values[values.length - 1]!);
}

/** A dict value after its `:`, with CPython's messages for `*x` and for a missing value. */
function parseDictValue(p: Parser): Expr {
  const c = p.codes[p.pos];
  if (c === STAR) {
    const star = p.toks[p.pos]!;
    p.pos++;
    // The first pass reads `'*' bitwise_or` as PEG does, with no invalid_* rule (a failing
    // trailer or operand ends it: `{1: *a(b c)}`); only when nothing parses does the second
    // pass's reading, whose targeted errors fire, decide.
    const start = p.pos;
    const { depth, parenDepth, lenientTrailers } = p;
    p.lenientTrailers = true;
    p.invalidRulesOff++;
    let parsed = true;
    try {
      parseBitwiseOr(p);
    } catch (error) {
      if (raisedInEveryReading(error)) throw error;
      parsed = false;
    } finally {
      p.lenientTrailers = lenientTrailers;
      p.invalidRulesOff--;
    }
    // The tokenizer stands after the furthest token fetched (a failed trailer's too).
    let endIndex = p.pos;
    if (!parsed) {
      p.pos = start;
      p.depth = depth;
      p.parenDepth = parenDepth;
      parseBitwiseOr(p);
      endIndex = p.pos;
    } else if (p.readLimit > endIndex && p.readLimit < p.toks.length) {
      endIndex = p.readLimit;
    }
    const after = p.toks[endIndex]!;
    throw parserError(
      'SyntaxError',
      'cannot use a starred expression in a dictionary value',
      star.line,
      star.col + 1,
      after.endLine,
      after.endCol,
      p.lineText(star.line),
    );
  }
  if (c === RBRACE || c === COMMA) {
    p.raiseAtToken(p.pos - 1, "expression expected after dictionary key and ':'");
  }
  if (!p.dictValuesMemoized) return parseExpression(p);
  try {
    return parseExpression(p);
  } catch (error) {
    if (raisedInEveryReading(error)) throw error;
    if (error instanceof PySyntaxError && error.msg !== 'invalid syntax') p.raiseInvalidSyntax();
    throw error;
  }
}

function spanDict(keys: (Expr | null)[], values: Expr[], open: SpanToken, close: SpanToken): Dict {
  return {
    kind: 'Dict',
    keys,
    values,
    lineno: open.line,
    col_offset: open.byteCol,
    end_lineno: close.endLine,
    end_col_offset: close.endByteCol,
  };
}

// ---- comprehensions ----

/** for_if_clauses: one or more `[async] for targets in disjunction (if disjunction)*`. */
export function parseComprehensionClauses(p: Parser): Comprehension[] {
  const generators: Comprehension[] = [];
  for (;;) {
    let isAsync = 0;
    const c = p.codes[p.pos];
    if (c === KW_ASYNC && p.codes[p.pos + 1] === KW_FOR) {
      p.pos += 2;
      isAsync = 1;
    } else if (c === KW_FOR) {
      p.pos++;
    } else {
      // `async` without `for`: CPython read the token after it, where a generic error points.
      if (c === KW_ASYNC) p.furthest = Math.max(p.furthest, p.pos + 1);
      break;
    }
    const target = parseTargetList(p, KW_IN);
    p.expect(KW_IN);
    const iter = parseDisjunction(p);
    const ifs: Expr[] = [];
    while (p.codes[p.pos] === KW_IF) {
      p.pos++;
      ifs.push(parseDisjunction(p));
    }
    generators.push({ kind: 'comprehension', target, iter, ifs, is_async: isAsync });
  }
  return generators;
}

/**
 * star_targets followed by `follower` (`in` for loops): comma-separated targets made of primaries
 * with optional `*`, turned into Store context. On anything else, CPython's error for the target.
 */
export function parseTargetList(p: Parser, follower: number): Expr {
  const startPos = p.pos;
  let result: Expr;
  try {
    const first = parseTargetItem(p);
    result = first;
    if (p.codes[p.pos] === COMMA) {
      const elts: Expr[] = [first];
      while (p.codes[p.pos] === COMMA) {
        p.pos++;
        const c = p.codes[p.pos]!;
        if (c !== STAR && !startsExpression(c)) break;
        elts.push(parseTargetItem(p));
      }
      result = finishTuple(p, elts, startPos);
    }
  } catch (error) {
    // A target that is no primary (`for i, not v in x`): invalid_for_target reads the
    // expressions there and names the invalid one.
    if (!(error instanceof PySyntaxError) || error.msg !== 'invalid syntax') throw error;
    return raiseForTargetError(p, startPos);
  }
  if (p.codes[p.pos] !== follower || !setContext(result, 'Store')) {
    raiseForTargetError(p, startPos);
  }
  return result;
}

function parseTargetItem(p: Parser): Expr {
  if (p.codes[p.pos] !== STAR) return parsePrimary(p);
  const tok = p.toks[p.pos++]!;
  const value = parseTargetItem(p);
  const last = p.toks[p.pos - 1]!;
  return {
    kind: 'Starred',
    value,
    ctx: 'Load',
    lineno: tok.line,
    col_offset: tok.byteCol,
    end_lineno: last.endLine,
    end_col_offset: last.endByteCol,
  };
}

/** invalid_for_target: re-reads the target as star_expressions and reports its invalid part. */
function raiseForTargetError(p: Parser, startPos: number): never {
  const failPos = p.pos;
  p.pos = startPos;
  let e: Expr | null = null;
  try {
    e = parseStarExpressions(p);
  } catch (error) {
    if (raisedInEveryReading(error)) throw error;
    if (error instanceof PySyntaxError && error.msg !== 'invalid syntax') throw error;
    e = null;
  }
  if (e !== null) {
    // `[x for x y]`: inside brackets the target's expression is followed by another one, which
    // reading the expressions reports before their targets are checked (`[i for ... j in y]`).
    if (p.parenDepth > 0 && startsExpression(p.codes[p.pos]!)) {
      try {
        raiseAfterElement(p, lastElement(e));
      } catch (error) {
        if (!(error instanceof PySyntaxError) || error.msg !== 'invalid syntax') throw error;
      }
    }
    raiseInvalidTarget(p, e, 'for');
  }
  p.pos = failPos;
  return p.raiseInvalidSyntax();
}
