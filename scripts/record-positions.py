#!/usr/bin/env python3
"""Print, as JSON, the source positions CPython 3.11 gives the instructions that can raise.

For each file and each code object (depth-first, co_consts order): opname -> list of
[line, end_line, col, end_col] in instruction order, for the opcodes in POSITIONED. Traceback
carets come from these positions, so Pyex's compiler must match them.
Run: python3 scripts/record-positions.py FILE... > positions.json
"""
import dis
import json
import sys
import types

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
            name = instruction.opname
            if name == "LOAD_GLOBAL" or name == "LOAD_FAST" and False:
                pass
            if name in POSITIONED:
                p = instruction.positions
                by_op.setdefault(name, []).append([p.lineno, p.end_lineno, p.col_offset, p.end_col_offset])
        out.append({"qualname": co.co_qualname, "positions": by_op})
        for const in co.co_consts:
            if isinstance(const, types.CodeType):
                walk(const)

    walk(code)
    return out


def main():
    result = {}
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            result[path] = positions(compile(f.read(), path, "exec"))
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
