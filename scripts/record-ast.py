#!/usr/bin/env python3
"""Record the parser's golden files from this python3 (CPython 3.11).

For each snippet file test/parser/golden/ast/NAME.py:
- a module snippet: NAME.txt gets ast.dump(ast.parse(source), include_attributes=True, indent=1);
- an error snippet (NAME starts with "errors-"): cases separated by lines "# ----"; NAME.txt gets
  one JSON line per case: [type, msg, lineno, offset, end_lineno, end_offset], or null when the
  case parses.
Snippets whose first line is "# python3.12" use syntax python3 here cannot parse: their .txt is
written by hand and this script leaves it alone.
Run: python3 scripts/record-ast.py
"""

import ast
import json
import pathlib
import sys
import warnings

GOLDEN = pathlib.Path(__file__).resolve().parent.parent / "test" / "parser" / "golden" / "ast"
CASE_SEPARATOR = "# ----"


def error_record(source):
    try:
        ast.parse(source)
        return None
    except SyntaxError as e:
        return [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]


def error_cases(text):
    cases, current = [], []
    for line in text.split("\n"):
        if line == CASE_SEPARATOR:
            cases.append("\n".join(current))
            current = []
        else:
            current.append(line)
    if any(current):
        cases.append("\n".join(current))
    return cases


def main():
    warnings.simplefilter("ignore")
    if sys.version_info[:2] != (3, 11):
        sys.exit("record with CPython 3.11: the parser's oracle")
    for snippet in sorted(GOLDEN.glob("*.py")):
        text = snippet.read_text(encoding="utf-8")
        if text.startswith("# python3.12"):
            continue
        out = snippet.with_suffix(".txt")
        if snippet.name.startswith("errors-"):
            lines = [json.dumps(error_record(case), ensure_ascii=False) for case in error_cases(text)]
            out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        else:
            tree = ast.parse(text)
            out.write_text(ast.dump(tree, include_attributes=True, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {out.relative_to(GOLDEN.parent.parent.parent.parent)}")


main()
