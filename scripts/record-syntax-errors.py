#!/usr/bin/env python3
r"""Record the syntax-error golden corpus: test/parser/golden/syntax-errors/cases.json.

For each invalid snippet below (grouped by area; the id is the group name and the position in
its group, so append new snippets at the end of a group), compile(source, '<string>', 'exec') in
Python 3.11 gives the exception type, message, lineno, offset, end_lineno and end_offset. Only
parser errors belong here: a snippet that ast.parse() accepts (its error comes from the compiler
or the symbol table) is rejected, as is one that does not fail at all.

The groups cover every message of CPython 3.11's tokenizer (Parser/tokenizer.c), its parser's
invalid_* rules (Grammar/python.gram), pegen's own errors (Parser/pegen_errors.c,
Parser/action_helpers.c) and string literal decoding (Parser/string_parser.c).

Run: python3 scripts/record-syntax-errors.py
"""
import ast
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / 'test/parser/golden/syntax-errors/cases.json'

CASES = {
    'generic': [
        'x = = 1', 'x = ', 'x =    # comment', '1 +', 'a b', 'def', 'class', 'if', 'import',
        'for x in', 'while', 'else:\n    pass', 'elif x:\n    pass', 'x ++ = 1', 'a..b',
        '@decorator\nx = 1', 'with', 'return return', 'import a.b as c.d', 'from . import',
        'from x import', 'def f(:\n    pass', 'lambda: yield', 'x = 1 if', 'del', 'assert',
        'raise from x', 'x = (1, 2', 'x = [1, 2', 'pass pass', 'if x:\n    pass\n  # c\nz = = 1',
        'x = 1 +\\\n # c\n', 'async x = 1', 'await = 1', 'def f() -> : pass', 'class C(: pass',
        'global', 'nonlocal', 'x.1', 'x = yield from', 'for in x: pass', 'a = b = ',
        '1 = ', 'f(,)', 'f(a,,b)', '(,)', '[,]', 'x[]', 'x[1,,]', 'import *', 'from x import *, a',
        'x = not', 'a is not not b', 'a not b', 'x = 1 2 3', 'if x: pass\nelse: pass\nelse: pass',
        'try:\n    pass\nfinally:\n    pass\nexcept:\n    pass', 'x = a if b else', 'print(1 2)',
        '1 <> 2', 'x = $', 'x = a ? b', 'x = `a`', 'def f(a, *, b, **c, d): pass',
        'with (a as b, c as d: pass', 'x = {**}', 'f(**)', 'x = [**a]', 'import a as',
        'a := 1', 'def f(a:=1): pass', 'x = lambda a := 1: a', 'case x:\n    pass',
        'match:\n    case 1: pass',
    ],
    'assign': [
        'f() = 1', '1 = x', "'a' = 1", 'a + 1 = 2', 'a < b = 1', 'lambda: 1 = 1',
        'a if b else c = 1', '(a := 1) = 2', '(yield) = 1', '{a} = 1', '{a: b} = 1', '... = 1',
        'None = 1', 'True = 1', 'False = 1', 'x.y = f() = 1', '[x for x in y] = 1',
        '{x for x in y} = 1', '{x: y for x, y in z} = 1', '(x for x in y) = 1', "f'{x}' = 1",
        'for f() in x: pass', 'for 1 in x: pass', 'with a as f(): pass', 'with a as 1: pass',
        '[a, f()] = x', '(a, 1) = x', 'a, b + 1 = x', 'a, *f() = x', 'x = 1 = 2',
        'async def f():\n    await x = 1', 'not a = 1', '-a = 1', 'a and b = 1', '[a, (b, 1)] = x',
        'for x, f() in y: pass', '(a.b, c + 1) = x', 'x = *a, f() = y', 'del f()', 'del 1',
        'del (a, f())', 'del a + b', 'del [a, 1]', 'del a if b else c', 'del (yield)', 'del None',
        'del x, f()', 'del *a', 'f(a) += 1', '(a, b) += 1', '[a] += 1', 'a + b += 1', 'None += 1',
        '... += 1', '{a} |= x', 'a, b += 1', '(x for x in y) += 1', '"s" += 1', 'lambda: x += 1',
        'a < b += 1', 'x = (yield) += 1', 'def f():\n    x = yield = 1', '(a, b): int',
        '[a, b]: int', 'a, b: int', 'f(): int', '1: int', 'a + b: int', '(a): int = 1\n(1): int',
        'f(True=1)', 'f(None=1)', 'f(a.b=1)', 'f(a + 1=2)', 'f(a[0]=1)', 'f(a=1, b.c=2)',
        '(a.b := 1)', '(a[0] := 1)', '(True := 1)', '(f() := 1)', '((a, b) := (1, 2))',
        '[(x, y) := 1]', 'if x = 1: pass', 'while x = 1: pass', 'if f() = 1: pass',
        'if x.y = 1: pass', 'assert x = 1', 'if [a] = 1: pass', 'x = [a for a in b if a = 1]',
        'if (a, b) = c: pass', 'elif = 1', 'def f(None): pass', 'def f(True=1): pass',
        'lambda None: 1', 'class None: pass', 'def None(): pass', 'import a as None',
        'from a import b as True', 'for None in x: pass', 'with x as None: pass',
        'except_ = 1\ntry:\n    pass\nexcept E as None:\n    pass', 'x.None = 1', 'None: int',
        '(a, True) = x', '[x, *None] = y', 'x = lambda: (yield) = 1',
        # The value read after `name =` by invalid_named_expression raises its own targeted errors.
        'x = [x = [v for v v in st0 if v]', '[x = [v for v v in y]]', 'f(x = [1 2])', '[x = (1 2)]',
        '[x = {1 2}]', '[f() = [1 2]]', '[(a) = [1 2]]', '[x = [1 2] = 3]', '[x.y = [1 2]]',
        'if x = [1 2]: pass',
        # invalid_del_stmt reads star_expressions as PEG does (up to a failing trailer), then names
        # an operand that cannot be deleted.
        'del [0], y..z', 'del x, 1..z', 'del f(), y..z', 'del x, f() + ', 'del [0] y', 'del 1.y..z',
        'del (1, y).', 'del x, y in z',
        # invalid_assignment names an invalid target before reading the value after its `=` (only
        # invalid_named_expression's bitwise_or after the first `=` is read before); an augmented
        # assignment to an invalid target needs its value to parse, else the generic error at the
        # operator.
        'await x = [in]', 'x = await y = [in]', 'f() = [in]', 'x = f() = [in]', 'a + 1 = [in]',
        '(await x) = [in]', 'x, await y = [in]', '[await y] = [in]', 'x = yield = [in]',
        'f() = x = [in]', 'x = 1 = [in]', 'x = f() = [1 2]', 'not a = [1 2]', 'f() = 1 if',
        'await x = [1 2]', 'a, f() = [1 2]', 'x = yield = [1 2]', 'await x += [in]', 'f() += [in]',
        'await x += [1 2]', 'f() += 1 2', 'f() += (yield',
        'await x = [v for v in ([in ([in0, in0, 72, in0][10] ** 11) if v]',
        # The annotation rules need an annotation as PEG reads it: when none parses, no rule matches
        # and the generic error is at the `:`.
        "a, *b: (s.r(' p '(, 'h'))", 'a, *b: f(x(,))', 'a, *b: (f(x(,)))', 'f(): (f(x(,)))',
        'f(): f(x(,))', '[a]: (f(x(,)))', '(a, b): (x(,))', 'f(): -',
        "lambdaa, *b: ((st0.replace(' pad '(, 'hello') == '42'), a)",
        # A starred target is not an `expression`, so no annotation rule matches: the generic
        # error at the `:`, and the annotation is never read.
        '*ax: int = in0', '*a: int', '*a.b: 1 +', "x = 1\n*a: 'a\\u00'",
        # A `del` whose star_expressions fails too: the generic error is where the first pass
        # stopped, at a target that cannot start an atom (not where the expressions read on to).
        'del lambda x[0==], y.z', 'del lambda x y', 'del x, lambda x[0]', 'del yield x[0==]',
        'del not', 'del (lambda x[0])',
    ],
    'call': [
        'print "hello"', 'print x', 'exec "code"', 'print f(x)', 'f(**a, *b)', 'f(**a, b)',
        'f(a=1, b)', 'f(a=1, *b, c)', 'f(x for x in y, 1)', 'f(1, x for x in y)',
        'class C(x for x in y): pass', 'f(a b)', 'f(a, b c)', 'f(1 2)', '[a b]', '(a b)',
        '{a b}', '{1: a b}', 'x = (1 2)', 'f(a, *b, **c, d)', 'f(a=1, **b, c)',
        'f(**a, *b, c)', 'f(a for a in b for)', 'f(a=)', 'f(=1)', 'f(a, =1)', 'f(*)',
        'f(a)(b c)', 'x = [1, 2 3]', 'x = {"a": 1 "b": 2}', 'f(a, b for b in c)',
        'f(*a=1)', 'f(**a=1)', 'x[a b]', 'f((a b))', 'print "x" % y', 'print -1',
        'print(1) 2', 'exec(x) "y"',
        # After keyword arguments a name followed by `:=` stops the reading at the token after the
        # name (CPython looked there for `=`).
        "f(a=1, b:=='x')", 'f(a=1, b:=)', 'f(**a, b:=)', 'f(a=1, b.c:=1)', 'f(a=1, (b):=1)',
        'f(a=1, [b]:=1)', "x += dict(a=1, b:=='x')",
        # A starred argument after keywords whose value fails: PEG keeps the shorter value when one
        # parses (the generic error after it), else iterable unpacking after keywords.
        'f(a=1, *b(, **c)', 'f(a=1, *b.)', 'f(a=1, *b + )', 'f(a=1, *)', 'f(a=1, *+)', 'f(a=1, *not)',
        'print(x, sep={k: v for k, v in d}, *args(, **kw)',
        # A forgotten comma after a slice's upper bound covers that bound, not the whole slice.
        "print([][:-bH'ello World'])", 'x[a:b c]', 'x[a:b:c d]', 'x[::c d]', 'x[:b c]', 'x[a:b c:d]',
        'x[1, a:b c]', 'x[a:b c] = 1',
        # A starred subscript element is `'*' expression`: a forgotten comma after its value; a
        # match subject that fails is read again as a subscript of the name `match`.
        'x[a, *b c]', 'x[*b c]', 'match [a, *b c]:\n    case 1: pass', 'match [*a, *b c]:\n    case 1: pass',
        'match [*(a + b), *se.1intersection(li0)]:\n    case 1: pass', 'match [a b]:\n    case 1: pass',
        'match *a b:\n    case 1: pass', 'match x y(1 2):\n    case 1: pass', 'match a[1 2]:\n    case 1: pass',
        'match [[1] * 2 for _in range(3)]:\n    case 1: pass',
        # An unparenthesized `name := value` before `=` is no expression invalid_kwarg reads: the
        # generic error at the `=`.
        'f(s:=ep=1)', 'f(a, s:=ep=1)', 'f(s:=e.p=1)',
        'print(+in1, s:=ep=[v for !v in (li0 + li0)], *args, **kw)', 'f((s:=ep)=1)',
        # In a lenient reading a conditional whose test, `else` or else-arm fails is its body alone
        # (PEG's disjunction alternative), ending before the `if`.
        'f(a=1, *b if)', 'f(a=1, *b if c else)', '[v w if]', '[v w if x else]',
        '[v w if x else y if]', '[v lambda: w if]', '[v w if x else lambda: y if]',
        '[v w if x else lambda: y if z else]',
    ],
    'comprehension': [
        '[*x for x in y]', '{*x for x in y}', '[x, y for x, y in z]', '{x, y for x, y in z}',
        '{**x for x in y}', '{a: b, **c for c in d}', '[x for x in]', '[x for in y]',
        '[x for x y]', '(x for x in y if)', '[x if y for x in z]', '{x: for x in y}',
        '[x for x in y if a = 1]', '(*x for x in y)', '[x for x in y for]', '[for x in y]',
        # invalid_for_target's star_expressions report a forgotten comma before an invalid target.
        '[i async for... ir i in y]', '[i for... ir i in y]', '[i for 1 ir i in y]',
        '[i for a, 1 b in y]', '[i for f() \'x\' in y]', '[i for (1) (2) in y]', '[i for _in range(3)]',
        # "did you forget parentheses" needs for_if_clauses (as PEG reads them) after the elements.
        '[1, 2 for]', '{1, 2 for}', '[1, 2 for x in]', '[1, 2 for x in y if]', '[1, 2 for x y in z]',
        'match [1, 2 for]:\n    case 1: pass',
        # After a primary, genexp's invalid_comprehension (tried before the subscript) also reads a
        # '[': its errors fire. A starred element needs for_if_clauses after it (else the generic
        # error at the token after it); a starred argument after others is invalid_arguments'
        # unparenthesized generator.
        'z = v[ * 2 for v in y]', 'v[*a, *2 for v in y]', 'v[a, for x in y]',
        'v[a, b for x in y] = 1', 'for v[*a for a in b] in c: pass', 'del v[*a for a in b]',
        'v[*a for a in b if]', 'v.x[*a for a in b]', 'v[*2 for]', '[*2 for]', '[*2 for x in]',
        '{*2 for}', '(*2 for)', 'f(*2 for)', '[*2 async x]', '{*a for x}', 'f(a, *2 for x in y)',
        'f(a=1, *2 for x in y)', 'f(a, *b, *2 for x in y if z)', 'f(a=1, *b, *2 for x in y)',
        'f(a, k=1, *2 for x in y)', 'f(*2 for x in)',
        # The genexp re-reading of a failed subscript leaves the generic error where the first pass
        # stopped.
        'x [i async for i [in y]]', 'f(x) [i async for i [in y]]',
        '@deco([-2, in0, in0])\nasync def g():\n    await x\n    retunr [i async for i [in y]',
    ],
    'parameters': [
        'def f(a=1, b): pass', 'def f(a, b=1, c): pass', 'def f(*, a=1, b, c=2, d=3, e): pass',
        'def f((a)): pass', 'def f((a, b)): pass', 'def f(a, (b)): pass', 'def f(/): pass',
        'def f(a, /, b, /): pass', 'def f(*, a, /): pass', 'def f(*a, /): pass',
        'def f(a /*, b): pass', 'def f(a=): pass', 'def f(a, b=): pass', 'def f(*): pass',
        'def f(*, **k): pass', 'def f(*a=1): pass', 'def f(*a, *b): pass', 'def f(**a=1): pass',
        'def f(**a, b): pass', 'def f(**a, *b): pass', 'def f(**a, **b): pass',
        'def f(a, *, /): pass', 'def f(*, *): pass', 'def f(a, a=1, *, **): pass',
        'lambda a=1, b: 1', 'lambda (x): 1', 'lambda (x, y): 1', 'lambda /: 1',
        'lambda a, /, b, /: 1', 'lambda *, a, /: 1', 'lambda a=: 1', 'lambda *: 1',
        'lambda *, **k: 1', 'lambda *a=1: 1', 'lambda *a, *b: 1', 'lambda **a=1: 1',
        'lambda **a, b: 1', 'lambda a, (b): 1', 'def f(a, *b, c=1, d): pass',
        'def f(a: int = 1, b: int): pass', 'def f(self, *args, **kwargs, extra): pass',
        'def f(a b): pass', 'def f(a, b c): pass', 'def f(1): pass', 'def f(a.b): pass',
        'def f(a, **): pass', 'def f(**): pass', 'lambda **: 1', 'def f(a, /, *, b, /): pass',
        'def f(a, / b): pass', 'def f(a, /* b): pass', 'lambda a, /*: 1',
        'def f(a=1, /*, b): pass', 'def f(/, a): pass', 'lambda /, a: 1', 'def f(/,): pass',
        # A second star is "may appear only once" only when a comma, or a name (annotated or
        # not) then a comma or the end, follows it; otherwise it is the generic error.
        'def f(a, b=[], *c, d, *k*): pass', 'def f(a, *c, d, *nt *k): pass',
        'def f(a, *c, d, *k: int e): pass', 'def f(a, *c, d, *k: int, e): pass',
        'def f(*c, *k: int): pass', 'def f(*c, *k=1): pass', 'lambda a, *c, d, *k*: 1',
        'lambda *c, *k, e: 1', 'lambda *c, *: 1',
        # What follows a second star is fetched: at the end of the input inside the brackets, the
        # unclosed bracket is reported.
        'def f(a, b=1, *c, d, *#*k):', 'def f(a, b=1, *c, d, *', 'def f(a, *c, *\n', 'def f(a, *c, *k\n',
        # Inside a def's parentheses the tokenizer level is above 0: invalid_expression reports a
        # forgotten comma in a default or annotation.
        'def f(a=t []): pass', 'def f(a=t []', 'def f(a=x in t []): pass',
        'def f(a, b=no in t [], *c, d, **k):\n  pass', 'def f(a: t [] = 1): pass',
        'def f(*, a=t b): pass', 'def f(a=t b', 'def f(a=t if b): pass', 'lambda a=t []: 1',
        # param_no_default looks for a TYPE_COMMENT after its comma: after a second star's parameter
        # and comma, the end of the input inside the brackets is fetched.
        'def f(a, *c, *k,', 'def f(a, *c, *k: int,', 'def f(a, *c, *,', 'def f(a, *c, *k, x',
        'def f(a, *c, *k,)',
    ],
    'blocks': [
        'if x\n    pass', 'if x pass', 'elif_ = 0\nif x:\n    pass\nelif y\n    pass',
        'if x:\n    pass\nelse\n    pass', 'while x\n    pass', 'for x in y\n    pass',
        'def f()\n    pass', 'class C\n    pass', 'class C(B)\n    pass', 'with x\n    pass',
        'with x as y\n    pass', 'try\n    pass', 'try:\n    pass\nexcept\n    pass',
        'try:\n    pass\nexcept E\n    pass', 'try:\n    pass\nfinally\n    pass',
        'match x\n    case 1: pass', 'match x:\n    case 1\n        pass', 'lambda x 1',
        'async def f()\n    pass', 'async with x\n    pass', 'async for x in y\n    pass',
        'if x:\npass', 'if x:\n    pass\nelif y:\npass', 'if x:\n    pass\nelse:\npass',
        'while x:\npass', 'for x in y:\npass', 'def f():\npass', 'class C:\npass',
        'with x:\npass', 'try:\npass', 'try:\n    pass\nexcept:\npass',
        'try:\n    pass\nexcept E:\npass', 'try:\n    pass\nexcept* E:\npass',
        'try:\n    pass\nfinally:\npass', 'match x:\ncase 1: pass', 'match x:\n    case 1:\n    pass',
        'async def f():\npass', 'async def f():\n    async with x:\n    pass',
        'async def f():\n    async for x in y:\n    pass', 'if x:', 'def f():', 'class C:',
        'for x in y:\n\n\n', 'if x:\n    # comment only\n', 'try:\n    pass\nx = 1',
        'try:\n    pass\n', 'try:\n    pass\nelse:\n    pass',
        'try:\n    pass\nexcept E:\n    pass\nexcept* F:\n    pass',
        'try:\n    pass\nexcept* E:\n    pass\nexcept F:\n    pass',
        'try:\n    pass\nexcept A, B:\n    pass', 'try:\n    pass\nexcept A, B as c:\n    pass',
        'try:\n    pass\nexcept*:\n    pass', 'try:\n    pass\nexcept* :\n    pass',
        ' x = 1', 'if x:\n    a\n      b', 'x = 1\n    y = 2', 'def f():\n    return\n        x',
        'class C:\n    def f(self): pass\n      x = 1', 'for x in y:\n    pass\nelse\n    pass',
        'while x:\n    pass\nelse:\npass', 'for x in y:\n    pass\nelse:\npass',
        'try:\n    pass\nexcept E:\n    pass\nelse:\npass', 'with x as y:\npass',
        'with (x as y):\npass', 'if x:\n    pass\n  else:\n    pass', 'def f():\n  x\n y',
        'def f():\n    with x:\npass', 'if x:\n    pass\nelse:\n# c\npass',
        'async def f():\n    async with a:\n    x', 'for x in y: pass\nelse:\nx',
        'try:\n    pass\nexcept E:\n    pass\nelse:\nx', 'class C:\n    @dec\ndef f(): pass',
        'while x:\n    pass\nelse:\nx\n', 'def f():\n    if x:\n        pass\n  y = 1',
        'class C:\n    x = 1\n  def f(self): pass',
        # After a header's expression ending in a name, invalid_legacy_expression reads on: the
        # targeted errors of what follows fire (in braces after `name {`).
        'while d{ic d{ict.fromkeys(li0, in0):\n    break', 'while d{ic d}:\n    pass',
        'if d{ic d}:\n    pass', 'if d [a b]:\n    pass', 'if print x:\n    pass',
        'for x in d{a b}:\n    pass', 'for x in d e(1 2):\n    pass', 'while x d(a b):\n    pass',
        'while d {1: a b}:\n    pass',
    ],
    'match': [
        'match x:\n    case _ as y: pass', 'match x:\n    case a as _: pass',
        'match x:\n    case a as b.c: pass', 'match x:\n    case a as 1: pass',
        'match x:\n    case C(a=1, b): pass', 'match x:\n    case C(a=1, b, c=2): pass',
        'match x:\n    case 1 + 1: pass', 'match x:\n    case 1j + 1: pass',
        'match x:\n    case -1 + 1: pass', 'match x:\n    case 1 - 1: pass',
        'match x:\n    case f(): pass', 'match x:\n    case a.b(): pass',
        'match x:\n    case {**a, **b}: pass', 'match x:\n    case {a: 1}: pass',
        'match x:\n    case [a, *b, *c]: pass\n    case 1 +: pass',
        'match x:\n    case a if: pass', 'match x:\n    case (a as b as c): pass',
        'match x:\n    case {**_}: pass', 'match x:\n    case 1 | : pass',
        'match x:\n    case a.b as c.d: pass', 'match x:\n    case C(a, b=1, c): pass',
        'match x:\n    case *a: pass', 'match x:\n    case a:\n        pass\n    case',
    ],
    'dict': [
        '{a: *b}', '{a: }', '{a: 1, b}', '{a: 1, b: }', '{a: 1, **b, c}', '{a: *b, c: 1}',
        '{1: 2, 3: *x}', '{a:}', 'x = {a: b, c d}', '{**a: 1}', '{a: 1 for a in b, c: 2}',
        # dict's '{' invalid_double_starred_kvpairs '}' has three items, so CPython's parser calls it
        # in every reading (first pass and expression_without_invalid too); a starred value is read
        # first as the first pass reads it, with no invalid_* rule.
        '{8: *a(i n1)}', '{8: *a[i n1]}', '{8: *a(i n1), 3: 4}', '{8: *a.b(i n1)}',
        '{8: *a + (i n1)}', '{8: *(1) + (i n1)}', '{8: * (i n1)}', '{8: *a b}', '{8: *a (i n1) 3}',
        '{1: *a.b.c(x y)}', '{1: *-a}', '[v forv in {1: 15, 8, 8: 89} if v]',
        '[v w in {1: 15, 8}]', '[v w + {1: 15, 8}]', '[v {1: 15, 8}]', '(v w in {1: 15, 8})',
        'f(v w in {1: 15, 8})', '[v w in {1: 15, 8: }]', '[v w in {1: *a}]', '[v w in {1: 2 3}]',
        "x = [v forv in {'Ünï\\\\': 15, 8, 8: 89} if v]",
        "lambda a, *b: ({'W\\x41': (bo0 + in0), 8: *a(34, ilambda n1)}, a)",
    ],
    'star': [
        '(*x)', 'x = (*a)', 'f(*x for x in y)', 'print(*a if b else c)', '[**a]', '(**a)',
        '{**a for a in b}', 'x = **a', 'f(**x for x in y)', 'del **a', 'return **a',
        'x = a, **b', 'for **x in y: pass', '(a, **b)', 'x = [*a for a in b]',
    ],
    'strings': [
        "b'é'", "b'caf\\xe9' b'é'", "'a' b'b'", "b'a' 'b'", "f'a' b'b'", "'\\x1'", "'\\x'",
        "'\\xg0'", "'\\u12'", "'\\U1234'", "'\\U00110000'", "'\\N{foo}'", "'\\N{'",
        "'\\N'", "'\\N{LATIN SMALL LETTER}'", "b'\\x1'", "b'\\x'", "'abc\\x1'",
        "x = 'ok' '\\x1'", "'\\N{BULLET'", "f'\\N{foo}'", "'''\n\\x1'''", "u'\\u00'",
        "x = (\n    'a'\n    '\\x'\n)", "b'\\u1234' 'x'", "'\\777' b''",
        # A literal is decoded when its atom is read, in any reading: invalid_expression's
        # expression_without_invalid reports it rather than the generic error.
        "if 1:\n   p rint(i, {-2: (1/3), 'a\\u00#e9': b''.replace(b'a', b'XY')})",
        "p rint('\\u00')", "p rint(b'é')", "p rint(b'a' 'b')", "f(a b'\\x1')",
    ],
    'fstrings': [
        "f'{}'", "f'{ }'", "f'{x!}'", "f'{x!z}'", "f'{x!rr}'", "f'{!r}'", "f'{x:'",
        "f'{x'", "f'{'", "f'}'", "f'{x}}'", "f'{{}'", "f'{x!r=}'", "f'{a b}'", "f'{1 +}'",
        "f'{x#}'", 'f\'{"\\n"}\'', "f'{lambda x: 1}'", "f'{yield}'", "f'{*a}'", "f'{x = }' f'{'",
        "f'{x)}'", "f'{(x}'", "f'{(x]}'", "f'{x[}'", "f'{x:{y:{z}}}'", "f'{a:=1}'",
        "f'{x!r:{y:{z}}}'", "f'{x\\ny}'", "f'{x!r }'", "f'{x!}' + 1", "f'{=}'",
        "f'{x:=}'", "f'{ x = !r}'", "f'{ !r}'", 'f\'{"a"!}\'', "f'{x y z}'", "f'{a:{}}'",
        "f'{a[}'", "f'{a)}'", "x = f'{a}' f'{b' f'{c}'", "f'{f'{x}'}'", "f'{x:{y}'",
        "f'{0:\\n}'", "f'{x}' = 1", "f'{x:{y!}}'", "f'{await}'", "f'{def}'", "f'{a if b}'",
        "f'{a,}'", "f'{import x}'",
        # 3.11 compiled a field's text from just after `{`, spaces included: offsets count them.
        "x = f'{ in ((tu1 == tu1) ;and True)!r:>{w}}'", "f'{ a b }'", "f'{  a b}'", "f'{ a b = }'",
        "f'{ a b :>3}'", "f'{x} { a b }'", "f'{ a + }'", "f'{\ta b}'",
        # The conversion is the one character right after `!`, whatever it is: a space is invalid, a
        # keyword's first letter is read.
        "f'{x!await}'", "f'{x! r}'", "f'{x!\\tr:>{w}}'", "f'{x!as}'", "f'{x!r:{y!await}}'",
        "f'{x!in}'",
        # 3.11 compiled each field in turn: an earlier field's parser error comes before a later
        # field's tokenizer error.
        "x = f'{[del a]!r:>{1ew}}'", "f'{(del a)}{1ew}'", "f'{del a}{1ew}'", "f'{a b}{1ew}'",
        "f'{[a b]:{1ew}}'", "f'{1ew}{del a}'", "f'{a}{1ew}'", "f'{a:{b c}}{1ew}'",
    ],
    'tokens': [
        'x = 1abc', 'x = 0x', 'x = 0o8', 'x = 0b2', 'x = 012', 'x = 1_', 'x = 1e', 'x = 1jx',
        'x = 0_7', 'x = 1.e', 'x = 0xfor', "x = 'abc", 'x = """abc\ndef', "x = ('abc",
        'x = )', 'x = (]', 'x = (\n]', 'x = (1,\ny = 2', 'x = 1\nfoo(', 'x = 1 \\ y',
        'x = 1 \\', 'if x:\n    pass\n  y', 'if x:\n\tpass\n        y', 'x = a€b', 'x = \u00a0',
        'x = \x01', 'x = 🐍', 'x = ' + '(' * 201, 'x = = 1\ny = \'abc', 'x = = 1\ny = (',
        'x = (1,\ny = = 2', 'x = (\ny = = 2\n', 'foo(\n  a b\n', 'x = (1 \\', 'x = 1 \\\n',
        "x = = 1\ny = 'abc\nz = (", 'if x:\n  a\n b\n', 'def f(:\n  x = )',
        'x = 1 if True else 2\ny = 0777', ''.join(' ' * i + 'if x:\n' for i in range(101)),
        'x = f(\n', 'x = [1, 2,\n', '(\n', 'x = {\n  1: 2,\n',
        "x = ('''\n", 'print(1))', 'x = [(])', '@\n', 'x = 1\n\\', '  \\\nx = 1',
        'x = 1; y = (2,\n\n\n', 'x = (1,\ny = 2)\nz = )',
        '  \\\nx = 1', '  \\\n  x = 1 +', 'x = 1\n  \\ ', 'if x:\n    pass\n  \\\ny = 2',
        '  \\\nx = 1; y = =', '   \\ d_ef f(self):\n        return 1', '\\\n  x = 1',
        'if x:\n\t\\\n    y', "'''a'''  \\ x", "x = '''\n''' \\ y", 'if x:\n    y = 1\n   \\\n',
        '\\', 'x = (\n  1 \\ 2)', "x = 'a' \\\n  'b' \\ 'c'",
        # The input ends inside a bracket, but the second pass's error comes before the parser
        # fetches the end: the parser's error stands (the bracket opened on the error's line).
        'x = [v fo [v for v in st0 if v]', "[v f [v for v in 'hello' if v", 'x = [ [v fo [v for v in y]',
        'f(a b [c for c in d]', 'x = (a b [c for c in d]\n', '[v [v for v in y]', '[a b(c for c in d)',
        # A targeted error raised before the parser fetches the token where the tokenizer fails
        # wins: the second pass reads no further than the rule that raised it.
        "{'a': 37, ' p, ' pad \\'': 7}", "{x: 1, y pad \\'\n", "{**x, 'a' pad \\'", "{x: 1, y(pad q) \\'",
        "{'b' pad \\'\n", "{x: 1, y: 2 pad \\'\n",
        # invalid_legacy_expression's reading after a name, and invalid_expression's after that,
        # fetch tokens up to a tokenizer error further on the line.
        "x = f0x'{('World\\xld\\x41', '', 'ab')!r:>{w}}' + divmod(9, (fl0 * 13))", "x = a 'b' c \\d",
        'x = a b c \\d', 'a 1 c \\d', 'a 1 c d \\d',
        # A reading CPython made without targeted errors (memoized after 'name [') fetches nothing
        # past its failure: the input's end inside an unclosed bracket is not reached.
        'r re[turn x', 'r re(turn x', 'r re[x y', 'r re[x y z', 'r f(x)(y z', 'r re[x',
        'def f():\n    r   re[turn di0',
    ],
    # Errors on a line joined to earlier ones by a backslash or a string spanning lines: the
    # text is the whole logical line from its first physical line (these cases record it).
    'logical-lines': [
        "while not '42':\\\n  not   break\n", 'x = 1 +\\\n 2 3\n', "x = '''a\nb''' 3\n",
        "x = 1 + \\\n '''a\nb''' 3\n", 'if x:\n    y = 1 + \\\n 2 3\n', "x = 'a\\\nb' 3\n",
        'x = 1 # c \\\ny = = 2\n', 'x = (1,\n 2 3)\n', 'x = (1\\\n+ 2,\n 3 4)\n',
        'y = 1\\\n\nx = = 2\n', 'x = 1\\\n  + 2\ny = = 3\n', 'x: int = {6: 1}\\\nx += 1 2\n',
        # A backslash in the indentation at the start of a logical line joins nothing.
        '  \\\nx = 1\n', '\\\n  x = 1\n', '  \\\n  x = 1 +\\\n 2 3\n', 'x = 1 + \\\n  \\\n 2 3\n',
        'if x:\n    \\\n    y = = 1\n', 'x = (1,\n  \\\n 2 3)\n', '\\\nx = = 1\n',
        # An error in an f-string field spanning lines: 3.11's columns in '(text)' less the field's
        # start column, and a line of '(text)' as the text.
        "f'''{a\nb c}'''", "x = f'''{a +\nb c}'''", "f'''{\na b}'''", "f'''{a\n+ b c}''' + 1",
        "f'''x {a\nb c\n}'''", "x = 1\ny = f'''ab\ncd {a\nb c}'''",
        "y = f'''ab\ncd {\na b}'''", "y = f'''ab\n  {a +\nb c}'''", "f'''{a b\nc\nd}'''",
    ],
    'misc': [
        'a, b += 1', 'from x import a,', 'from x import (a,', 'from x import a b',
        'import a, ', 'import (a)', 'from x import (*)', 'x = yield = 1',
        'nonlocal x = 1', 'global x = 1', 'class C(x=): pass', '@x y\ndef f(): pass',
        'x = [a, b for a in c]', 'x = 1 if 2 else', 'x = a if else b', 'raise x from',
        'assert x,', 'del x,,', 'with a, : pass', 'with (a, b as c: pass', 'for x in range(10)',
        'return x y', 'x: int: str', 'x: = 1', 'def f() -> int -> str: pass',
        'async lambda: 1', 'await', 'x = [i for i in range(10) if i % 2 = 0]',
        'type X = int', 'x = 5 if True', 'if x:\n    pass\nelif:\n    pass',
        'try:\n    pass\nexcept E as e.f:\n    pass', 'try:\n    pass\nexcept E as (a, b):\n    pass',
        'try:\n    pass\nexcept (A, B) as [c]:\n    pass', 'with open(x) as f, :\n    pass',
        'import a.b.', 'from .. import', 'from . . import x', 'x = .5.5', 'x = 1..2',
        'x = 1...', 'def f[T](): pass', 'class C[T]: pass', 'x = a[1:2:3:4]',
        'x = {1, 2, 3: 4}', 'x = [1, 2, 3: 4]', 'x = not', 'x = ~', 'x = -', 'x = a.',
        'x = a.1', 'x = f()()(', 'if True:\n    x = 1\n    else:\n        y = 2',
        'def f():\n    yield from', 'x = lambda: yield', 'x = lambda x=yield: 1',
        # After `match <subject>` on a line of its own (a valid call), CPython's second pass stops
        # at it: every later parser error is "expected ':'".
        'match (a == b)\n:    case [1]:\n        pass', 'match (a)\nx = 1\n1 +* 2',
        'match (a)\nx = (1 2)', 'def f():\n    match[1]\n1 +* 2', 'match (a)\nif x:\npass',
        'match(a).b + 1\n$', 'match -x\n1 +* 2', 'match *x, y\n1 +* 2', 'match (a)\nprint x',
        'match (a) if b else c\n1 +* 2', 'match *x\n1 +* 2', 'match = 1\n1 +* 2',
        "match (a)\nx = b'a' 'b'", 'match (a)\na + 1 += 1', 'match (a)\nprint 1',
        # del: the generic error is at the token after the del_targets read by the first pass.
        'del x[0] in , y.z', 'del x in', 'del x[0] + , y', 'del (x) if', 'del x, +',
        'del x[1:2] not in y', 'del x[0], y.', 'del x[0], y.z.', 'del x, y(', 'del x, (y', 'del x, [y +',
        # After a soft keyword the targeted errors of what follows fire (nothing was memoized).
        '_ f(1 2)', 'case f(1 2)', 'x = [match f(1 2)]', 'print(case g(3 4))', 'x = _ f(1 2)',
        'x = print f(1 2)', 'x: int = _ f(1 2)', 'x = yield _ f(1 2)', 'x = 1, _ f(1 2)',
        'print f(80 80)',
        # A failing comparand ends the comparison before its operator (PEG backtracking).
        'if tuple(v f in or v in([])):\n  pass', 'f(a b < )', 'f(a b not in )', 'f(a b is not )',
        'f(a b < c <)', '[a b == ]', 'x = (a b > 1 >)',
        # A failure inside a bracketed expression: invalid_expression reads the disjunction before
        # the failing trailer and the expression after it (`g(f(yield))`: f and (yield)).
        'g(f(yield b(3), c))', 'g(f(yield), c)', 'g(h(1 2) (3))', 'g(f(*) (a))', 'g(a, f(yield) (c))',
        '(f(yield b, c))', 'g(x.y(yield) (1))', 'g(f(1)(yield) (2))', 'g(f(yield)[1])',
        'with open(isinstance(yield bytes(3), bool)) as fh, ctx():\n  `  pass', '{1: f(yield)}',
        'g(k=f(yield))', 'g(*f(yield))', 'g(f(yield) if a else b)', 'g(not f(yield))', 'g(-f(yield))',
        'g(a + f(yield))', 'g(f(yield).x)', 'f(yield b(3), c)', 'x = f(yield b(3), c)',
        # What the second pass reads after the failure does not move the generic error's place.
        'x{ += 1', '(1, 0.\n { pass', 'x{ pass', 'a b{ += 1', 'x = y{ += 1', 'f(x{ += 1)',
        'x{1: += 1', 'x[ += 1', 'x( += 1', 'x{ 1 2', '1 {a, b', 'print {1 2}', 'x {1 2}',
        # After `name {`, no targeted error fires in or after a dict value (memoized before).
        'x {1: a b}', 'x {1: a b, 2: 3}', 'x {a b: 1}', 'x {1, a b}', 'x {1: (a b)}',
        'returnawait  {-1: 1, 7:s t0, 2: 3}', 'x [1, {2: a b}]', 'x {1: 2, a b: 3}', 'x {1: {2: a b}}',
        'x {1: [a b]}', 'print {1: a b}', 'match {1: a b}', 'x = {1: a b}', 'f({1: a b})',
        'x {**a, 1: b c}', 'x {1: f(a b)}', 'x {1: 2 3}', 'x {1: 2, 3 4}',
        # After a statement-level tuple, invalid_assignment reads more items; one that follows the
        # previous item without a comma was read (and memoized) by that item's invalid_expression
        # with no targeted errors, except those of the rules above the memoized disjunction.
        'de,f f(a, b=st1, * *c, d, **k):', 'x, f f(a, b=1, * *c)', 'a, b c(1 2)', 'a, b c (d e)',
        'a, b c [d e]', 'a, b c {d e}', 'a, b c = 1', 'a, b c if d', 'a, b c(d=1, *)',
        'a, b c.d(1 2)', 'a, b c (d, 1=1)', 'a, b c(x)(y=1, *)', 'a, b c (d, e=1)',
        # After a name, a `[` whose subscript failed starts a display read before without targeted
        # errors: they do not fire there.
        'x = [v [v for v i n(3 // ()) if v]', '[v [v for v i n]]', '(v [v for v i n])', '[v [1 2]]',
        '[match [1 2]]', 'f(v [a b for a in c])', '[v [a, b c]]', 'x = v [1 2]',
        # A brace display right after any operand has its targeted errors reported (not in or
        # after a dict value), as after a name.
        'if 1 {a b}:\n    pass', 'if d.x {a b}:\n    pass', '1 {a b}', 'x = d.x {a b}', 'f(1 {a b})',
        '[d.x {a b}]', "x = 'a' {a b}", 'x = (1) {a b}', 'x = y, 1 {a b}', 'for x in y, d{a b}:\n    pass',
        'x = 1 {1: a b}', '1 {1: 2, a b}', 'x = 1 + 2 {a b}', 'x = lambda: 1 {a b}', 'print(1) {a b}',
        # In expression_without_invalid a failing operand after `**` leaves the power as its base (PEG
        # backtracking), as a failing trailer or binary operand does.
        '[v f**or]', '[v f**]', '[v f ** -or]', '[v f**g**or]', '[v await f**or]', '[v f**-g**or]',
        'print(a f**or)', 'x = [v f**or v in pow((\\in1 * in1), 2, (96 + 465807)) if v]',
        # invalid_expression's disjunction before a forgotten comma is a parenthesized expression as a
        # whole (a group atom), not the disjunction that ends inside it.
        'f((a if b else c) d)', '((a if b else 8)0)', 'f(((-8 if b else 8)0 * c))',
        '[a if b else (c if d else e) f]', '[(lambda: x) y]', '[lambda: (x) y]', '[(x := 1) y]',
        'f((yield) x)', 'x[a:(b) c]',
        # 3.11's SOFT_KEYWORD token matches any name that is a prefix of a soft keyword (CPython
        # compares only the name's length): no invalid_expression starts at `c` or `ma`. An item after
        # a memoized item, without a comma, was read by that same memoized reading. A parenthesized
        # expression starts at its `(`.
        'f(c d)', 'f(c x)', 'f(ma x)', 'f(mat x)', 'f(cas 1)', 'f(_ x)', 'f(__ x)', 'f(matchx y)',
        '(c{1})', '[c {1}]', 'f(x, c {1})', "@deo(c{'a': '', 'b': 55})\ndef g(): pass",
        'a, b match(1 2)', 'a, match(1 2)', 'a, c(1 2)', 'a, c (d e)', 'a, b _ (d e)', '[(c) d]',
        '[(match) d]', 'x = c [1 2]',
        # A memoized item read its failing trailer too, but not an item after it that starts
        # otherwise.
        'a, b c d(x=1, *)', 'a, b ca d [1 2]',
        # invalid_legacy_expression reads on after a soft-keyword-like name that follows a name (no
        # invalid_expression starts there, so nothing after it was memoized).
        'b c d(x=1, *)', 'b c d [1 2]', 'b ma (1 2)', 'b c d e', 'x c [1 2]', 'b _ {1 2}',
        'print c d(x=1, *)',
        # A failed subscript of a soft-keyword-like name: invalid_legacy_expression reads the display
        # with its targeted errors.
        'c [x for a b in c]', 'm [x for a b in c]', '[c [x for a b in c]]',
        'f(c [x for a b in c])', 'c.d [x for a b in c]', 'y = c [x for a b in c]',
        'c [x for a in]',
        # `x, a a, *b: annotation` (invalid_assignment's star_named_expressions*): the annotation as
        # PEG reads it (a failing trailer ends it); when none parses the generic error stays where
        # the first pass stopped, not inside the annotation.
        "lambd,a a, *b: (((b + i) < len([]) <= {8: 'b'}.get(4,for  in0)), a)",
        'x,a a, *b: (f(for))', 'x, a a: f(for)', 'x, a a, b: f[for]', 'x, a a: -',
    ],
    # Eval input (compile(..., 'eval'); these cases record mode 'eval'): after expressions that
    # fail with the generic error, invalid_legacy_expression reads on from a soft keyword.
    'eval': [
        "match [[int(1e10)] * 2 for _in range(3)]:\n    case [1, *rest] if rest:\n        pass",
        'match [[1] * 2 for _in range(3)]', 'match [a b]', 'x [a b]', 'match [x for a b in c]',
        'print [1 2]', 'match (a b)', 'match {a b}', 'x [a for a b in c]', 'match[1 2]',
        'case [x for a b in c]', '_ [x for a b in c]', 'match [1, 2 for]', 'a b',
    ],
}


# Groups whose cases also record the error's text (the source line or lines shown).
WITH_TEXT = {'logical-lines'}
# Groups compiled as eval input.
EVAL_GROUPS = {'eval'}


def record(case_id, source, with_text=False, mode='exec'):
    try:
        compile(source, '<string>', mode)
    except SyntaxError as error:
        try:
            ast.parse(source, mode=mode)
        except SyntaxError as parse_error:
            same = (type(parse_error), parse_error.msg, parse_error.lineno, parse_error.offset) == (
                type(error), error.msg, error.lineno, error.offset)
            if not same:
                print(f'skipped {case_id} {source!r}: ast.parse differs from compile()')
                return None
        else:
            print(f'skipped {case_id} {source!r}: compiler error, not a parser error: {error.msg}')
            return None
        return {
            'id': case_id,
            'source': source,
            'type': type(error).__name__,
            'msg': error.msg,
            'lineno': error.lineno,
            'offset': error.offset,
            'end_lineno': error.end_lineno,
            'end_offset': error.end_offset,
            **({'text': error.text} if with_text else {}),
            **({'mode': mode} if mode != 'exec' else {}),
        }
    print(f'skipped {case_id} {source!r}: no error')
    return None


def main():
    if sys.version_info[:2] != (3, 11):
        raise SystemExit('run this with Python 3.11 (the oracle)')
    cases = []
    for group, sources in CASES.items():
        for position, source in enumerate(sources, 1):
            mode = 'eval' if group in EVAL_GROUPS else 'exec'
            case = record(f'{group}-{position:03d}', source, group in WITH_TEXT, mode)
            if case is not None:
                cases.append(case)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(cases, indent=1, ensure_ascii=False) + '\n')
    messages = {case['msg'] for case in cases}
    print(f'{len(cases)} cases, {len(messages)} distinct messages -> {OUT.relative_to(ROOT)}')


if __name__ == '__main__':
    main()
