// Call arguments (`f(a, *b, k=c, **d)`, generator arguments) and the parameter lists of `def`
// and `lambda`, with CPython 3.11's ordering errors. Expressions themselves: parse-expressions.ts.

import type { Arg, Arguments, Call, Expr, Keyword } from './ast.js';
import { comprehensionClausesFollow, parseComprehensionClauses } from './parse-displays.js';
import { raiseAfterElement } from './parse-expression-errors.js';
import {
  parseExpression,
  parseNamedExpression,
  parseStarExpression,
  startsExpression,
} from './parse-expressions.js';
import {
  COLON,
  COLONEQUAL,
  COMMA,
  DOUBLESTAR,
  EQUAL,
  identifierOf,
  KW_ASYNC,
  KW_FALSE,
  KW_FOR,
  KW_NONE,
  KW_TRUE,
  LPAR,
  MAX_PAREN_DEPTH,
  NAME,
  type Parser,
  RPAR,
  SLASH,
  STAR,
} from './parse-state.js';
import { PySyntaxError, raisedInEveryReading } from './syntax-errors.js';
import type { Token } from './token.js';

// ---- calls ----

/**
 * Whether an expression starts at token `start` when read as PEG reads it (backtracking out of a
 * failing trailer or operand): `not *c` has none. The cursor is left where it was.
 */
function parsesLeniently(p: Parser, start: number): boolean {
  if (p.lenientTrailers || p.lenientRetries <= 0) return false;
  p.lenientRetries--;
  const saved = p.pos;
  const savedDepth = p.depth;
  const savedParens = p.parenDepth;
  const lenient = p.lenientTrailers;
  p.pos = start;
  p.lenientTrailers = true;
  try {
    parseNamedExpression(p, false, false);
    return true;
  } catch (error) {
    if (raisedInEveryReading(error)) throw error;
    return false;
  } finally {
    p.noteRead(p.pos);
    p.lenientTrailers = lenient;
    p.pos = saved;
    p.depth = savedDepth;
    p.parenDepth = savedParens;
  }
}

/**
 * `func(...)` with the cursor on `(`: positional and starred arguments, keywords and `**`
 * unpacking, or a lone generator expression (whose node spans the call's parentheses).
 */
export function parseCall(p: Parser, func: Expr, first: Token): Call {
  const open = p.toks[p.pos]!;
  p.pos++;
  if (++p.parenDepth > MAX_PAREN_DEPTH) p.raiseTooManyParens();
  const args: Expr[] = [];
  const keywords: Keyword[] = [];
  let sawKeyword = false;
  let sawDoubleStar = false;
  let orderError: string | null = null;
  while (p.codes[p.pos] !== RPAR) {
    const c = p.codes[p.pos]!;
    if (c === STAR) {
      const tok = p.toks[p.pos]!;
      if (sawDoubleStar) {
        p.raiseAtToken(p.pos, 'iterable argument unpacking follows keyword argument unpacking');
      }
      p.pos++;
      let value: Expr;
      try {
        value = parseExpression(p);
      } catch (error) {
        // After a keyword, PEG ends the arguments before this `*` and invalid_arguments reports
        // the `*` (when nothing more specific failed inside it).
        if (!sawKeyword || !(error instanceof PySyntaxError) || error.msg !== 'invalid syntax') {
          throw error;
        }
        // When a shorter value parses (`*b(,`: PEG backtracks to `*b`), the starred argument
        // stands and the arguments fail after it: the generic error.
        if (parsesLeniently(p, p.toks.indexOf(tok) + 1)) throw error;
        p.raiseAt(
          'iterable argument unpacking follows keyword argument unpacking',
          tok.line,
          tok.byteCol,
          tok.endLine,
          tok.endByteCol,
        );
      }
      if (p.codes[p.pos] === EQUAL) p.raiseInvalidSyntax();
      if (
        (p.codes[p.pos] === KW_FOR || p.codes[p.pos] === KW_ASYNC) &&
        comprehensionClausesFollow(p)
      ) {
        const last = p.toks[p.pos - 1]!;
        // First after `(`: genexp's invalid_comprehension. Otherwise invalid_arguments'
        // `args for_if_clauses`, when args holds two positional arguments or more (keywords'
        // starred ones included); else no rule matches and the generic error is at `for`.
        if (args.length === 0 && keywords.length === 0) {
          p.raiseAt(
            'iterable unpacking cannot be used in comprehension',
            tok.line,
            tok.byteCol,
            last.endLine,
            last.endByteCol,
          );
        }
        if (args.length === 0) p.raiseInvalidSyntax();
        const generators = parseComprehensionClauses(p);
        const lastGen = generators[generators.length - 1]!;
        const lastItem =
          lastGen.ifs.length > 0 ? lastGen.ifs[lastGen.ifs.length - 1]! : lastGen.iter;
        p.raiseAt(
          'Generator expression must be parenthesized',
          tok.line,
          tok.byteCol,
          lastItem.end_lineno,
          lastItem.end_col_offset,
        );
      }
      args.push({
        kind: 'Starred',
        value,
        ctx: 'Load',
        lineno: tok.line,
        col_offset: tok.byteCol,
        end_lineno: p.toks[p.pos - 1]!.endLine,
        end_col_offset: p.toks[p.pos - 1]!.endByteCol,
      });
    } else if (c === DOUBLESTAR) {
      const tok = p.toks[p.pos++]!;
      let value: Expr;
      try {
        value = parseExpression(p);
      } catch (error) {
        // invalid_arguments' `args ',' args` reports a positional argument after keywords where
        // the reading stopped.
        if (orderError === null || !(error instanceof PySyntaxError)) throw error;
        if (error.msg !== 'invalid syntax') throw error;
        p.raiseAtToken(p.pos, orderError);
      }
      keywords.push({
        kind: 'keyword',
        arg: null,
        value,
        lineno: tok.line,
        col_offset: tok.byteCol,
        end_lineno: p.toks[p.pos - 1]!.endLine,
        end_col_offset: p.toks[p.pos - 1]!.endByteCol,
      });
      sawKeyword = true;
      sawDoubleStar = true;
    } else if (c === NAME && p.codes[p.pos + 1] === EQUAL) {
      const tok = p.toks[p.pos]!;
      p.pos += 2;
      const value = parseExpression(p);
      const after = p.codes[p.pos];
      if (after === KW_FOR || after === KW_ASYNC) {
        p.raiseAt(
          "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
          tok.line,
          tok.byteCol,
          p.toks[p.pos - 1]!.endLine,
          equalTokenEnd(p, tok),
        );
      }
      keywords.push({
        kind: 'keyword',
        arg: identifierOf(tok),
        value,
        lineno: tok.line,
        col_offset: tok.byteCol,
        end_lineno: p.toks[p.pos - 1]!.endLine,
        end_col_offset: p.toks[p.pos - 1]!.endByteCol,
      });
      sawKeyword = true;
    } else {
      if ((c === KW_TRUE || c === KW_FALSE || c === KW_NONE) && p.codes[p.pos + 1] === EQUAL) {
        const tok = p.toks[p.pos]!;
        const eq = p.toks[p.pos + 1]!;
        p.raiseAt(`cannot assign to ${tok.text}`, tok.line, tok.byteCol, eq.endLine, eq.endByteCol);
      }
      const elementStart = p.pos;
      let e: Expr;
      try {
        // Call arguments are `assignment_expression | expression !':='`, never a
        // named_expression: `f(6 := 5)` has no "cannot use assignment expressions" rule.
        e = parseNamedExpression(p, false, false);
      } catch (error) {
        // PEG would take the shorter positional argument and then report the order (when an
        // argument starts here at all: `sep=x, for` is the generic error).
        if (
          !sawKeyword ||
          !(error instanceof PySyntaxError) ||
          error.msg !== 'invalid syntax' ||
          !startsExpression(c)
        ) {
          throw error;
        }
        // No shorter argument either: CPython's reading stopped at this argument (having
        // fetched the token after a name, looking for `=`).
        if (!parsesLeniently(p, elementStart)) {
          p.raiseAtToken(elementStart + (c === NAME ? 1 : 0), 'invalid syntax');
        }
        p.raiseAtCurrent(
          sawDoubleStar
            ? 'positional argument follows keyword argument unpacking'
            : 'positional argument follows keyword argument',
        );
      }
      const after = p.codes[p.pos];
      // After keywords only kwarg_or_starred is read here: CPython stopped at this argument,
      // having fetched the token after a name (looking for `=`).
      if (after === COLONEQUAL && sawKeyword) {
        p.raiseAtToken(elementStart + (c === NAME ? 1 : 0), 'invalid syntax');
      }
      if (after === KW_FOR || after === KW_ASYNC) {
        const generators = parseComprehensionClauses(p);
        // `async` not followed by `for`: the generic error (at the token after it).
        if (generators.length === 0) p.raiseInvalidSyntax();
        if (args.length === 0 && keywords.length === 0 && p.codes[p.pos] === RPAR) {
          const close = p.toks[p.pos]!;
          args.push({
            kind: 'GeneratorExp',
            elt: e,
            generators,
            lineno: open.line,
            col_offset: open.byteCol,
            end_lineno: close.endLine,
            end_col_offset: close.endByteCol,
          });
          continue;
        }
        // A lone generator argument followed by anything but `,` matches none of
        // invalid_arguments' alternatives (nonparen_genexp_in_call wants two arguments): the
        // generic error where it stops.
        if (args.length === 0 && keywords.length === 0 && p.codes[p.pos] !== COMMA) {
          p.raiseInvalidSyntax();
        }
        const lastGen = generators[generators.length - 1]!;
        const lastItem =
          lastGen.ifs.length > 0 ? lastGen.ifs[lastGen.ifs.length - 1]! : lastGen.iter;
        p.raiseRange(e, lastItem, 'Generator expression must be parenthesized');
      }
      if (after === EQUAL) {
        // invalid_kwarg's `a=expression b='='` cannot read an unparenthesized `name := value`
        // (expression stops before `:=`): the generic error at the `=`.
        if (e.kind === 'NamedExpr' && c === NAME) p.raiseInvalidSyntax();
        const eq = p.toks[p.pos]!;
        p.raiseAt(
          'expression cannot contain assignment, perhaps you meant "=="?',
          e.lineno,
          e.col_offset,
          eq.endLine,
          eq.endByteCol,
        );
      }
      if (sawKeyword && orderError === null) {
        orderError = sawDoubleStar
          ? 'positional argument follows keyword argument unpacking'
          : 'positional argument follows keyword argument';
      }
      args.push(e);
    }
    if (p.codes[p.pos] === COMMA) {
      p.pos++;
      continue;
    }
    if (p.codes[p.pos] !== RPAR) {
      const last = lastArgument(args, keywords);
      if (last === null) p.raiseInvalidSyntax();
      if (orderError !== null) {
        // invalid_arguments' `args ',' args` reports the order where the reading stopped, unless
        // a targeted error came first.
        try {
          raiseAfterElement(p, last, true);
        } catch (error) {
          if (!(error instanceof PySyntaxError) || error.msg !== 'invalid syntax') throw error;
          p.raiseAtToken(p.pos, orderError);
        }
      }
      raiseAfterElement(p, last, true);
    }
  }
  if (orderError !== null) p.raiseAtToken(p.pos, orderError);
  const close = p.toks[p.pos++]!;
  p.parenDepth--;
  return {
    kind: 'Call',
    func,
    args,
    keywords,
    lineno: first.line,
    col_offset: first.byteCol,
    end_lineno: close.endLine,
    end_col_offset: close.endByteCol,
  };
}

function equalTokenEnd(p: Parser, nameTok: { line: number; byteCol: number }): number {
  for (let i = p.pos; i > 0; i--) {
    const tok = p.toks[i]!;
    if (p.codes[i] === EQUAL && p.toks[i - 1]!.line === nameTok.line) {
      const prev = p.toks[i - 1]!;
      if (prev.byteCol === nameTok.byteCol) return tok.endByteCol;
    }
  }
  return nameTok.byteCol;
}

function lastArgument(args: Expr[], keywords: Keyword[]): Expr | null {
  const a = args.length > 0 ? args[args.length - 1]! : null;
  const k = keywords.length > 0 ? keywords[keywords.length - 1]!.value : null;
  if (a === null) return k;
  if (k === null) return a;
  return a.lineno > k.lineno || (a.lineno === k.lineno && a.col_offset > k.col_offset) ? a : k;
}

/** The argument list of a class definition `class C(...)`: bases and keywords. */
export function parseClassArguments(p: Parser): { bases: Expr[]; keywords: Keyword[] } {
  const call = parseCall(p, DUMMY_FUNC, p.toks[p.pos]!);
  for (const base of call.args) {
    if (base.kind === 'GeneratorExp') {
      // `class C(x for x in y)` is not an argument list CPython accepts.
      p.raiseAt(
        'invalid syntax',
        base.elt.end_lineno,
        base.elt.end_col_offset + 1,
        base.elt.end_lineno,
        base.elt.end_col_offset + 4,
      );
    }
  }
  return { bases: call.args, keywords: call.keywords };
}

const DUMMY_FUNC: Expr = {
  kind: 'Name',
  id: '',
  ctx: 'Load',
  lineno: 0,
  col_offset: 0,
  end_lineno: 0,
  end_col_offset: 0,
};

// ---- parameters ----

/** `lambda` parameters up to (not including) the `:`; empty arguments when there are none. */
export function parseLambdaParameters(p: Parser): Arguments {
  return parseParameterList(p, COLON, true);
}

/** `def` parameters between the parentheses, with the cursor after `(`; stops before `)`. */
export function parseFunctionParameters(p: Parser): Arguments {
  // Inside the parentheses CPython's tokenizer level is above 0 (invalid_expression fires).
  p.parenDepth++;
  const args = parseParameterList(p, RPAR, false);
  p.parenDepth--;
  return args;
}

/** An `arguments` node with nothing in it. */
export function emptyArguments(): Arguments {
  return {
    kind: 'arguments',
    posonlyargs: [],
    args: [],
    vararg: null,
    kwonlyargs: [],
    kw_defaults: [],
    kwarg: null,
    defaults: [],
  };
}

function parseParameterList(p: Parser, terminator: number, isLambda: boolean): Arguments {
  const result = emptyArguments();
  if (p.codes[p.pos] === terminator) return result;
  let positional: Arg[] = [];
  let state = 0; // 0: positional, 1: after * or *args, 2: after **kwargs
  let sawSlash = false;
  let sawDefault = false;
  let lastExpr: Expr | null = null;
  for (;;) {
    lastExpr = null;
    const c = p.codes[p.pos]!;
    if (c === SLASH) {
      const slashIndex = p.pos;
      if (state !== 0) {
        if (state === 2) p.raiseAtToken(slashIndex, 'arguments cannot follow var-keyword argument');
        p.raiseAtToken(slashIndex, '/ must be ahead of *');
      }
      if (sawSlash) p.raiseAtToken(slashIndex, '/ may appear only once');
      if (positional.length === 0) {
        if (p.codes[slashIndex + 1] === COMMA) {
          p.raiseAtToken(slashIndex, 'at least one argument must precede /');
        }
        p.raiseInvalidSyntax();
      }
      result.posonlyargs = positional;
      positional = [];
      sawSlash = true;
      p.pos++;
      if (p.codes[p.pos] === STAR) p.raiseAtToken(p.pos, 'expected comma between / and *');
    } else if (c === STAR) {
      const starIndex = p.pos;
      if (state === 2) p.raiseAtToken(starIndex, 'arguments cannot follow var-keyword argument');
      if (state === 1) {
        if (followedByParameterWithoutDefault(p, starIndex + 1, terminator, isLambda)) {
          p.raiseAtToken(starIndex, '* argument may appear only once');
        }
        p.raiseInvalidSyntax();
      }
      p.pos++;
      const next = p.codes[p.pos]!;
      if (next === COMMA || next === terminator) {
        const after = p.codes[p.pos + 1];
        if (next === terminator || after === terminator || after === DOUBLESTAR) {
          if (isLambda) {
            // CPython raises this one at the last token it read.
            p.raiseAtToken(
              next === COMMA ? p.pos + 1 : p.pos,
              'named arguments must follow bare *',
            );
          }
          p.raiseAtToken(starIndex, 'named arguments must follow bare *');
        }
      } else {
        result.vararg = parseParameter(p, isLambda, true);
        lastExpr = result.vararg.annotation;
        if (p.codes[p.pos] === EQUAL) {
          p.raiseAtToken(p.pos, 'var-positional argument cannot have default value');
        }
      }
      state = 1;
    } else if (c === DOUBLESTAR) {
      if (state === 2) p.raiseAtToken(p.pos, 'arguments cannot follow var-keyword argument');
      p.pos++;
      result.kwarg = parseParameter(p, isLambda, false);
      lastExpr = result.kwarg.annotation;
      if (p.codes[p.pos] === EQUAL) {
        p.raiseAtToken(p.pos, 'var-keyword argument cannot have default value');
      }
      state = 2;
    } else if (c === NAME) {
      const param = parseParameter(p, isLambda, false);
      if (state === 2) p.raiseAtNode(param, 'arguments cannot follow var-keyword argument');
      let value: Expr | null = null;
      if (p.codes[p.pos] === EQUAL) {
        const next = p.codes[p.pos + 1];
        if (next === COMMA || next === RPAR) {
          p.raiseAtToken(p.pos, 'expected default value expression');
        }
        p.pos++;
        value = parseExpression(p);
      }
      lastExpr = value ?? param.annotation;
      if (state === 0) {
        if (value !== null) {
          result.defaults.push(value);
          sawDefault = true;
        } else if (sawDefault) {
          const after = p.codes[p.pos];
          if (after === COMMA || after === terminator) {
            p.raiseAtNode(param, 'non-default argument follows default argument');
          }
        }
        positional.push(param);
      } else {
        result.kwonlyargs.push(param);
        result.kw_defaults.push(value);
      }
    } else if (c === LPAR) {
      raiseParenthesizedParameters(p, isLambda);
    } else {
      p.raiseInvalidSyntax();
    }
    if (p.codes[p.pos] === COMMA) {
      p.pos++;
      if (p.codes[p.pos] === terminator) break;
      continue;
    }
    if (p.codes[p.pos] === terminator) break;
    // An annotation or default followed by another expression: "Perhaps you forgot a comma?".
    if (lastExpr !== null) raiseAfterElement(p, lastExpr);
    p.raiseInvalidSyntax();
  }
  result.args = positional;
  return result;
}

/**
 * CPython's `param_no_default | ','` after a second `*` (invalid_star_etc): a comma, or a name
 * with an optional annotation followed by a comma or the end of the parameters. Anything else
 * leaves the second star to the generic error.
 */
function followedByParameterWithoutDefault(
  p: Parser,
  index: number,
  terminator: number,
  isLambda: boolean,
): boolean {
  // Fetched to see what follows the star (at the end of the input, the tokenizer's error).
  p.noteRead(index);
  const code = p.codes[index];
  if (code === COMMA) return true;
  if (code !== NAME) return false;
  let end = index + 1;
  if (!isLambda && p.codes[end] === COLON) {
    const saved = p.pos;
    try {
      p.pos = end + 1;
      const annotation = parseExpression(p);
      end = p.pos;
      const after = p.codes[end];
      if (after !== COMMA && after !== terminator) raiseAfterElement(p, annotation);
    } catch (error) {
      // A targeted error in the annotation is raised; a generic one only fails this reading.
      if (error instanceof PySyntaxError && error.msg === 'invalid syntax') return false;
      throw error;
    } finally {
      p.pos = saved;
    }
  }
  // param_no_default looks for a TYPE_COMMENT after its comma: the token after it is fetched.
  p.noteRead(p.codes[end] === COMMA ? end + 1 : end);
  return p.codes[end] === COMMA || p.codes[end] === terminator;
}

/** One parameter: NAME with an optional annotation (`*args` may be annotated with `*Ts`). */
function parseParameter(p: Parser, isLambda: boolean, starAnnotation: boolean): Arg {
  const tok = p.toks[p.pos]!;
  const name = p.expectName();
  let annotation: Expr | null = null;
  if (!isLambda && p.codes[p.pos] === COLON) {
    p.pos++;
    annotation = starAnnotation ? parseStarExpression(p) : parseExpression(p);
  }
  return {
    kind: 'arg',
    arg: name,
    annotation,
    type_comment: null,
    lineno: tok.line,
    col_offset: tok.byteCol,
    end_lineno: p.toks[p.pos - 1]!.endLine,
    end_col_offset: p.toks[p.pos - 1]!.endByteCol,
  };
}

/** `def f((a, b))`: CPython's "Function parameters cannot be parenthesized". */
function raiseParenthesizedParameters(p: Parser, isLambda: boolean): never {
  const openIndex = p.pos;
  let i = p.pos + 1;
  for (;;) {
    if (p.codes[i] !== NAME) p.raiseInvalidSyntax();
    i++;
    if (p.codes[i] === COMMA) i++;
    if (p.codes[i] === RPAR) break;
    if (p.codes[i] !== NAME) p.raiseInvalidSyntax();
  }
  const open = p.toks[openIndex]!;
  const close = p.toks[i]!;
  const what = isLambda ? 'Lambda expression parameters' : 'Function parameters';
  return p.raiseAt(
    `${what} cannot be parenthesized`,
    open.line,
    open.byteCol,
    close.endLine,
    close.endByteCol,
  );
}
