#!/usr/bin/env python3
"""Print CPython's AST of Python source as JSON in Pyex's AST shape (src/parser/ast.ts).

Used by the compiler's tests and golden recorders to compile CPython-parsed code without depending
on Pyex's parser. Non-JSON constants are tagged: {"$int": "123..."} for ints beyond 2**53,
{"type": "float", "value": 1.5 | "inf" | "-inf" | "nan"}, complex, bytes (list of byte values).
Run: python3 scripts/ast-to-json.py FILE   (or - for stdin)
"""
import ast
import json
import math
import sys

SAFE = 2**53 - 1
RENAMED_FIELDS = {("Constant", "kind"): "constant_kind"}


def float_json(x):
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


def constant(value):
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value if -SAFE <= value <= SAFE else {"$int": str(value)}
    if isinstance(value, float):
        return {"type": "float", "value": float_json(value)}
    if isinstance(value, complex):
        return {"type": "complex", "real": float_json(value.real), "imag": float_json(value.imag)}
    if isinstance(value, bytes):
        return {"type": "bytes", "value": list(value)}
    if value is Ellipsis:
        return {"type": "ellipsis"}
    raise TypeError(type(value))


def convert(node):
    if isinstance(node, list):
        return [convert(item) for item in node]
    if not isinstance(node, ast.AST):
        return node
    kind = type(node).__name__
    if isinstance(node, (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)):
        return kind
    out = {"kind": kind}
    for field in node._fields:
        value = getattr(node, field, None)
        name = RENAMED_FIELDS.get((kind, field), field)
        if kind in ("Constant", "MatchSingleton") and field == "value":
            out[name] = constant(value)
        else:
            out[name] = convert(value)
    for attribute in node._attributes:
        out[attribute] = getattr(node, attribute, None)
    if kind in ("FunctionDef", "AsyncFunctionDef", "ClassDef") and "type_params" not in out:
        out["type_params"] = []
    return out


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "-"
    source = sys.stdin.read() if path == "-" else open(path, encoding="utf-8").read()
    mode = sys.argv[2] if len(sys.argv) > 2 else "exec"
    print(json.dumps(convert(ast.parse(source, mode=mode)), ensure_ascii=False))


if __name__ == "__main__":
    main()
