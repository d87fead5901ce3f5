#!/usr/bin/env python3
"""Print, as JSON, the shape of every code object CPython 3.11 compiles from Python files.

For each file: a list of code objects (depth-first, in co_consts order) with name, qualname,
firstlineno, argcount, posonlyargcount, kwonlyargcount, flags, varnames, cellvars, freevars,
names and the non-code constants (repr). Used to check Pyex's compiler against CPython
(test/compiler/code-shapes.test.ts reads the recorded JSON).
Run: python3 scripts/record-code-shapes.py FILE... > shapes.json
"""
import json
import sys
import types


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
            "consts": [repr(c) for c in co.co_consts if not isinstance(c, types.CodeType)],
        })
        for const in co.co_consts:
            if isinstance(const, types.CodeType):
                walk(const)

    walk(code)
    return out


def main():
    result = {}
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            source = f.read()
        try:
            result[path] = shape(compile(source, path, "exec"))
        except SyntaxError as error:
            result[path] = {"error": [error.msg, error.lineno, error.offset]}
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
