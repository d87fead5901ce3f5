#!/usr/bin/env python3
"""Record the compiler's golden files from CPython 3.11 (run from the repository root).

  test/compiler/golden/symtable.json          each snippet's symbol table: every scope's type, name,
                                               line, symbols with their DEF_* flags and resolved scope
  test/compiler/golden/compile-errors.json    compile() errors: message, line, offsets (or null)
  test/compiler/golden/future-annotations.json  annotation strings under `from __future__ import annotations`
  test/compiler/golden/code-shapes.json       code-object fields for the programs in test/compiler/programs/
  test/compiler/golden/code-positions.json    for those programs, the source positions of the instructions
                                               that can raise (traceback carets), by opcode name

Run: python3 scripts/record-compiler-goldens.py
"""
import dis
import glob
import json
import os
import symtable
import sys
import types

GOLDEN = "test/compiler/golden"
SCOPE_OFF = 11
FLAG_MASK = (1 << SCOPE_OFF) - 1

SYMTABLE_CASES = [
    "x = 1\nprint(x)\n",
    "import os.path\nimport a.b as c\nfrom m import n, o as p\n",
    "def f(a, b=1, *args, c, d=2, **kw):\n    return a + b + c + d + len(args) + len(kw)\n",
    "def f(a, /, b, *, c):\n    pass\n",
    "def f():\n    global g\n    g = 1\n    return h\n",
    "def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n",
    "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n    return inner\n",
    "def a():\n    x = 1\n    def b():\n        def c():\n            return x\n        return c\n    return b\n",
    "class C:\n    x = 1\n    def m(self):\n        return x\n",
    "class C:\n    def m(self):\n        return super().m()\n",
    "class C:\n    def m(self):\n        return __class__\n",
    "def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return x\n    return C\n",
    "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C\n",
    "class A:\n    class B:\n        def m(self):\n            super()\n",
    "l = [x * y for x in range(3) for y in range(x)]\n",
    "def f(n):\n    return [i for i in range(n) if i % n]\n",
    "def f():\n    return {k: v for k, v in items}, {s for s in seq}, (g for g in gen)\n",
    "def f():\n    if any((y := x) > 0 for x in data):\n        return y\n",
    "[(z := x) for x in range(3)]\nprint(z)\n",
    "def f():\n    global q\n    [q := 1 for _ in range(2)]\n",
    "f = lambda a, b=2: a + b\n",
    "def f(x):\n    return lambda: x\n",
    "class C:\n    __private = 1\n    def m(self):\n        return self.__private + __other\n",
    "try:\n    pass\nexcept E as e:\n    pass\n",
    "def f():\n    try:\n        pass\n    except E as e:\n        del e\n",
    "def f(subject):\n    match subject:\n        case [a, *rest]:\n            return a, rest\n        case {'k': v, **kw}:\n            return v, kw\n        case Point(x=px) | Point(y=px):\n            return px\n        case _ as whole:\n            return whole\n",
    "async def f():\n    async with a as b:\n        await b\n    async for i in c:\n        yield i\n",
    "def gen():\n    yield from range(3)\n",
    "x: int = 1\ny: str\nclass C:\n    a: int\n    b: int = 2\n",
    "def f():\n    x: int = 1\n    y: str\n    return x\n",
    "def f(a: int, *b: str, **c: bytes) -> None:\n    pass\n",
    "def f():\n    def g():\n        return h\n    h = 1\n    return g\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        def h():\n            return x\n        return h\n    return g\n",
    "def f():\n    del x\n",
    "with open(p) as (a, b):\n    pass\n",
    "for i, (j, k) in pairs:\n    pass\n",
    "def f():\n    global x\n    def g():\n        return x\n    return g\n",
    "def f(self):\n    def g():\n        return super()\n    return g\n",
    "class C:\n    def f(self):\n        class D:\n            def g(self):\n                return __class__\n        return D\n",
    "def f():\n    exec('x = 1')\n    return locals()\n",
    "def f(a):\n    return [a for a in a]\n",
    "def f():\n    return [[y for y in x] for x in z]\n",
    "def f(x):\n    class C:\n        nonlocal x\n        x = 2\n    return x\n",
    "class C:\n    global g\n    g = 1\n    def m(self):\n        return g\n",
    "def f():\n    nonlocal_name = 1\n    def g():\n        nonlocal nonlocal_name\n        def h():\n            return nonlocal_name\n        return h\n    return g\n",
    "def f(**__kw):\n    class C:\n        def m(self, __x):\n            return __x\n    return C\n",
    "def f():\n    x = [i for i in range(3)]\n    return [x for x in x]\n",
    "async def f():\n    return [x async for x in aiter()]\n",
    "def f():\n    return (yield)\n",
    "from __future__ import annotations\ndef f(x: int) -> T:\n    y: Z = 1\nclass C:\n    a: q\n",
]

COMPILE_ERROR_CASES = [
    "return 1\n",
    "x = 1\nreturn\n",
    "class C:\n    return 1\n",
    "break\n",
    "if x:\n    break\n",
    "continue\n",
    "while x:\n    def f():\n        break\n",
    "for x in y:\n    pass\nelse:\n    continue\n",
    "await x\n",
    "def f():\n    await x\n",
    "yield 1\n",
    "class C:\n    yield 1\n",
    "def f():\n    [(yield x) for x in y]\n",
    "def f():\n    {(yield x) for x in y}\n",
    "def f():\n    {x: (yield) for x in y}\n",
    "def f():\n    ((yield x) for x in y)\n",
    "async def f():\n    yield from x\n",
    "async def f():\n    yield 1\n    return 2\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f(x):\n    global x\n",
    "def f():\n    x: int\n    global x\n",
    "def f():\n    global x\n    x: int = 1\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "def f():\n    def g():\n        print(x)\n        nonlocal x\n    x = 1\n",
    "def f(x):\n    nonlocal x\n",
    "nonlocal x\n",
    "def f():\n    nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "class C:\n    nonlocal x\n",
    "def f(a, a):\n    pass\n",
    "def f(a, *, a):\n    pass\n",
    "lambda a, a: 1\n",
    "def f(a, **a):\n    pass\n",
    "def f():\n    from os import *\n",
    "class C:\n    from os import *\n",
    "[i := 0 for i in range(3)]\n",
    "[[(j := 0) for i in range(3)] for j in range(3)]\n",
    "class C:\n    [(y := x) for x in range(3)]\n",
    "[x for x in (y := [1, 2])]\n",
    "[(i := 1) for j in range(2) for i in range(3)]\n",
    "def f():\n    global q\n    [(q := x) for q in range(3)]\n",
    "*a = b\n",
    "a, *b, *c = d\n",
    "[*a, *b] = c\n",
    "print(*a if b else c)\n",
    "x = *a\n",
    "del *a\n",
    "for *x in y: pass\n",
    "f(**a, *b)\n",
    "f(a=1, a=2)\n",
    "f(a, x=1, y=2, x=3)\n",
    "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
    "__debug__ = 1\n",
    "def f(__debug__): pass\n",
    "del __debug__\n",
    "x.__debug__ = 1\n",
    "for __debug__ in x: pass\n",
    "import __debug__\n",
    "x = 1\nfrom __future__ import annotations\n",
    "from __future__ import braces\n",
    "from __future__ import nonexistent\n",
    '"""doc"""\nfrom __future__ import annotations\nx: int\n',
    "async def f():\n    yield 1\n    return\n",
    "def f():\n    async with x:\n        pass\n",
    "def f():\n    async for x in y:\n        pass\n",
    "def f():\n    [x async for x in y]\n",
    "async with x:\n    pass\n",
    "def f():\n    return [await x for x in y]\n",
    "from __future__ import annotations\ndef f(x: (yield)): pass\n",
    "from __future__ import annotations\nx: (y := 1)\n",
    "from __future__ import annotations\nasync def f():\n    x: await y\n",
    "def f[T](x: T): pass\n",
    ", ".join(f"a{i}" for i in range(256)) + ", *b = c\n",
    ", ".join(f"a{i}" for i in range(255)) + ", *b = c\n",
    "class C[T]: pass\n",
    "type X = int\n",
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case (y | z):\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {'k': a, 'j': a}:\n        pass\n",
    "match x:\n    case 1 | a:\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case {1: a, 1: b}:\n        pass\n",
    "match x:\n    case {1: a, True: b}:\n        pass\n",
    "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
    "match x:\n    case (a as b) | c:\n        pass\n",
    "match x:\n    case a if a:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, b] | [b, a]:\n        pass\n",
    "match x:\n    case a as a:\n        pass\n",
    "match x:\n    case C(__debug__=1):\n        pass\n",
    "while 1:\n    try:\n        pass\n    except* E:\n        break\n",
    "def f():\n    try:\n        pass\n    except* E:\n        return 1\n",
    "for x in y:\n    try:\n        pass\n    except* E:\n        continue\n",
    "def f():\n    try:\n        pass\n    except* E:\n        def g():\n            return 1\n",
    "x = " + "-" * 2985 + "1\n",
    "x = " + "1 + " * 2985 + "1\n",
    "x = " + "not " * 2985 + "x\n",
    "x = " + "a." * 2985 + "b\n",
    "x = " + "f(" * 190 + ")" * 190 + "\n",
    "def f():\n    return " + "a if c else " * 1400 + "b\n",
    "def f():\n    x = 1\n    return x\n",
    "class C:\n    def m(self):\n        return __class__\n",
    "if 0:\n    return 1\n",
    "while True:\n    pass\nelse:\n    break\n",
]

FUTURE_ANNOTATION_CASES = [
    "int",
    "Dict[str, 'A'] | None",
    "list[int]",
    "1 + 2",
    "-1",
    "(1, 2)",
    "(a,)",
    "()",
    "x[()]",
    "x[a, b]",
    "x[a,]",
    "a.b[1:2, ::3]",
    "x[::]",
    "x[a:b:c]",
    "not a or b and c if d else e",
    "f\"{a!r:>{w}} {{x}}\"",
    "f'{x}'",
    "f'{ {1: 2}[1] }'",
    "1e400",
    "-1e400",
    "1e400j",
    "{**a, 'b': 2}",
    "{*()}",
    "{1, 2}",
    "(-1) ** 2",
    "-1 ** -2",
    "2 ** 3 ** 4",
    "(2 ** 3) ** 4",
    "3 .real",
    "3.0.real",
    "[*a, b]",
    "a if b else (c if d else e)",
    "(a if b else c) if d else e",
    "lambda: 1",
    "lambda x, *y, z=1, **w: x",
    "lambda x, /, y: x",
    "f(a, *b, c=1, **d)",
    "f(x for x in y)",
    "f((x for x in y), 1)",
    "[x for x in y if x if not x]",
    "{k: v for k, v in items}",
    "{x async for x in y}",
    "a < b <= c != d",
    "a is not b",
    "a not in b",
    "not not a",
    "~a + -b * +c",
    "a - (b - c)",
    "(a - b) - c",
    "a * (b + c)",
    "a | b ^ c & d << e >> f",
    "(a | b) & c",
    "a @ b // c % d / e",
    "'single'",
    "\"dou'ble\"",
    "'new\\nline'",
    "b'bytes'",
    "...",
    "None",
    "True",
    "1j",
    "1.5",
    "0x10",
    "10000000000000000000000",
    "Callable[..., Awaitable[None]]",
    "Optional['Node']",
    "typing.List[int]",
    "a[b][c]",
    "(a + b).c",
    "(a, b)[0]",
    "(*a, b)",
    "a and (b or c)",
    "(a and b) or c",
    "a or b or c",
    "(a or b) or c",
]

PROGRAM_FILES = sorted(glob.glob("test/compiler/programs/*.py"))


def symtable_of(table):
    symbols = []
    for symbol in table.get_symbols():
        flags = symbol._Symbol__flags
        symbols.append([symbol.get_name(), flags & FLAG_MASK, (flags >> SCOPE_OFF) & 15])
    return {
        "type": table.get_type(),
        "name": table.get_name(),
        "lineno": table.get_lineno(),
        "symbols": symbols,
        "children": [symtable_of(child) for child in table.get_children()],
    }


def record_symtables():
    out = []
    for source in SYMTABLE_CASES:
        out.append({"source": source, "table": symtable_of(symtable.symtable(source, "<s>", "exec"))})
    return out


def record_errors():
    out = []
    for source in COMPILE_ERROR_CASES:
        try:
            compile(source, "<s>", "exec")
            error = None
        except SyntaxError as e:
            error = {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                     "end_lineno": e.end_lineno, "end_offset": e.end_offset}
        except RecursionError as e:
            error = {"type": "RecursionError", "msg": str(e)}
        out.append({"source": source, "error": error})
    return out


def record_future_annotations():
    out = []
    for annotation in FUTURE_ANNOTATION_CASES:
        namespace = {}
        exec(compile(f"from __future__ import annotations\nx: {annotation}\n", "<s>", "exec"), namespace)
        out.append({"annotation": annotation, "text": namespace["__annotations__"]["x"]})
    return out


def shape(code):
    out = []

    def walk(co):
        out.append({
            "name": co.co_name,
            "qualname": co.co_qualname,
            "firstlineno": co.co_firstlineno,
            "argcount": co.co_argcount,
            "posonlyargcount": co.co_posonlyargcount,
            "kwonlyargcount": co.co_kwonlyargcount,
            "flags": co.co_flags,
            "varnames": list(co.co_varnames),
            "cellvars": list(co.co_cellvars),
            "freevars": list(co.co_freevars),
            "names": list(co.co_names),
        })
        for const in co.co_consts:
            if isinstance(const, types.CodeType):
                walk(const)

    walk(code)
    return out


# Opcodes whose positions tracebacks show; both compilers emit them in the same order.
POSITIONED = {
    "BINARY_OP", "CALL", "CALL_FUNCTION_EX", "BINARY_SUBSCR", "STORE_SUBSCR", "DELETE_SUBSCR",
    "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR", "LOAD_METHOD", "COMPARE_OP", "CONTAINS_OP",
    "LOAD_NAME", "LOAD_GLOBAL", "LOAD_DEREF", "LOAD_CLASSDEREF", "IMPORT_NAME", "IMPORT_FROM",
    "RAISE_VARARGS", "UNPACK_SEQUENCE", "UNPACK_EX", "GET_ITER", "FORMAT_VALUE",
    "UNARY_NEGATIVE", "UNARY_INVERT", "UNARY_POSITIVE", "BUILD_SLICE", "DICT_MERGE", "DICT_UPDATE",
    "LIST_EXTEND", "BEFORE_WITH", "GET_AWAITABLE", "YIELD_VALUE", "MAKE_FUNCTION", "STORE_NAME",
    "STORE_FAST", "STORE_GLOBAL", "DELETE_NAME", "DELETE_FAST",
}


def positions(code):
    out = []

    def walk(co):
        by_op = {}
        for instruction in dis.get_instructions(co):
            if instruction.opname in POSITIONED:
                p = instruction.positions
                by_op.setdefault(instruction.opname, []).append(
                    [p.lineno, p.end_lineno, p.col_offset, p.end_col_offset])
        out.append({"qualname": co.co_qualname, "positions": by_op})
        for const in co.co_consts:
            if isinstance(const, types.CodeType):
                walk(const)

    walk(code)
    return out


def record_code_positions():
    out = {}
    for path in PROGRAM_FILES:
        with open(path, encoding="utf-8") as f:
            out[os.path.basename(path)] = positions(compile(f.read(), os.path.basename(path), "exec"))
    return out


def record_code_shapes():
    out = {}
    for path in PROGRAM_FILES:
        with open(path, encoding="utf-8") as f:
            out[os.path.basename(path)] = shape(compile(f.read(), os.path.basename(path), "exec"))
    return out


def write(name, data):
    with open(os.path.join(GOLDEN, name), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("record with CPython 3.11")
    os.makedirs(GOLDEN, exist_ok=True)
    write("symtable.json", record_symtables())
    write("compile-errors.json", record_errors())
    write("future-annotations.json", record_future_annotations())
    write("code-shapes.json", record_code_shapes())
    write("code-positions.json", record_code_positions())


if __name__ == "__main__":
    main()
