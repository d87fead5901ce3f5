#!/usr/bin/env python3
r"""Record the tokenizer's golden files from CPython.

- test/parser/golden/tokens/*.py -> *.tokens: `python3 -m tokenize FILE` output (Python 3.11).
- test/parser/golden/tokens/fstrings-split/*.py -> *.tokens312.json: Python 3.12's tokenize
  (which splits f-strings), as [kind, text, line, col, end line, end col] rows with runs of
  FSTRING_MIDDLE merged into one whose text is the source as written (3.12 itself splits them at
  `{{` and `\N{...}` and undoubles braces). Set PYTHON312, or have python3.12 on PATH or pyenv.
- test/parser/golden/tokens/errors.json: for each source in TOKENIZER_ERRORS below, the
  SyntaxError that compile(source, '<string>', 'exec') raises in Python 3.11 (type, msg, lineno,
  offset, end_lineno, end_offset). Every case is one the tokenizer itself must report.

Run: python3 scripts/record-tokens.py
"""
import glob
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / 'test/parser/golden/tokens'

# Sources whose first error (for compile()) comes from the tokenizer: numbers, strings, brackets,
# continuation lines, indentation, invalid characters.
TOKENIZER_ERRORS = [
    # numbers
    'x = 1abc', 'x = 1_', 'x = 1__0', 'x = 0x', 'x = 0xg', 'x = 0x_', 'x = 0o8', 'x = 0o',
    'x = 0o1_8', 'x = 0b2', 'x = 0b', 'x = 0b12', 'x = 0b1_', 'x = 012', 'x = 0_7', '0777',
    'x = 09', 'x = 1e', 'x = 1e+', 'x = 1ex', 'x = 0e', 'x = 1.e', 'x = 1.0e5x', 'x = 1_e5',
    'x = .5_', 'x = 1e5_', 'x = 1.5j2', 'x = 1jx', 'x = 1__', 'x = 0_', 'x = 0x1g',
    'x = 0o7a', 'x = 0b1a', 'x = 1andx', 'x = 1orx', 'x = 1elsey', 'x = 1fory',
    'x = 1notx', 'x = 1.5_', 'x = 1e_5', 'x = 0b_', 'x = 0o_', "é = 'x' + 012",
    'x = 5_000_', 'x = 1.__class__', 'x = 0_x', 'x = 0xffj',
    # strings
    "x = 'abc", 'x = "abc', "x = ('abc", "x = b'abc", "x = rb'abc", "x = u'abc",
    'x = """abc\ndef', 'x = """abc\ndef\n', "x = '''abc", "x = 'abc\\\ndef",
    "x = 1\ny = 'éé\n", "x = 'a' 'b", "x = '\\'", 'x = """a""" """b',
    "x = f'abc", "x = f'{x}", 'x = f"""abc', "x = rf'abc", "x = 'abc\n'",
    "if x:\n    y = '''\n\n", "x = '''\n'''\ny = '",
    # brackets
    'x = )', 'x = ]', 'x = }', 'x = (]', 'x = [)', 'x = {)', 'x = (\n]', 'x = [1,\n2\n)',
    'x = (1,\ny = 2', 'y = 2\nx = [1,\n  (2,\ny = 2', 'y = 2\nx = [1,\n  (2, 3)\ny = 2',
    'x = 1\nfoo(', "x = 1\ny = 'é' + (", 'é = 1; ( é', 'x = {', 'x = (((', 'f(a, [b, {c',
    'x = ' + '(' * 201, 'x = ' + '(' * 300 + ')' * 300,
    'x = (1))',
    # continuation lines
    'x = 1 \\ y', 'y = 2\nx = 1 \\ y', 'x = 1 \\', 'y = 2\nx = 1 \\', 'x = 1 \\\n    + 2 \\ ',
    'if x:\n    y = 1 \\ z', "if 1:\n  x = 'é' \\ y", 'x = \\\n', 'x = (1 \\', 'x = 1 \\#',
    'x = 1 \\\n\\\n', 'x = \\\n    1 \\ 2',
    # indentation
    'if x:\n    pass\n  y', 'y = 2\nif x:\n    pass\n  y', 'y = 2\nif x:\n        pass\n  y = 3',
    'if x:\n\tpass\n        y', 'yy = 2\nif x:\n\tpass\n        y', 'if x:\n  a\n b',
    'if x:\n  a\n\tb', 'if x:\n        a\n\tb\n', 'if x:\n    a\n   b = 1\n',
    'if x:\n\ta\n    \tb\n', 'if x:\n    é = 1\n  é = 2\n',
    ''.join(' ' * i + 'if x:\n' for i in range(101)) + ' ' * 101 + 'pass\n',
    # characters
    'x = a€b', 'x = 1€', 'x = €', 'x = \u00a0', 'x = \x01', 'x = 1 \x0b 2', 'x = \u200b',
    'x = 🐍', 'x\u2028 = 1', 'x = \x7f', 'def f():\n    return ¿',
    'x = 1\ny = a$b€', 'print(«x»)',
    # f-strings: Python 3.11 reports these when its parser reads the f-string
    "x = f'{'", "x = f'}'", "x = f'{' + 1", "x = (f'{'\n)", "x = f'{' 'abc' f'd'  # comment",
    "x = f'}' if y else z", "x = f'{'\ny = 1", "x = f'a' f'{'", "x = f'{'\\\n+ 1",
    'x = f"""\n{"""', "x = f'{x)}' + f'{'", "x = f'{x}}' ", "x = f'{x#}'",
    'x = f\'{"\\n"}\'', "x = f'{(x}' + 1", "x = f'{(x]}' + 1", "x = f'{x[}' + 1",
    'x = f"""{(\nx]}"""', "x = f'{" + '(' * 210 + "x}' + 1",
    "x = f'{x!r:{y:{z}}}'", "x = f'{x:{y!r:{z}}}'\n", "x = f'{x\ny = 2", "x = f'{x:\n}'",
    "x = f'{x\n}'", "x = f'{a!r\n}'\n", 'x = f\'{"abc}\'', 'x = f"{f\'{1}\' + \'\\n\'}"',
    'x = f"""{x', 'x = (f\'{\'', "x = f'{x}' + (",
    # tokenizer errors inside an f-string's expression: 3.11 tokenized it as `(` + expression
    "x = f'{1x}'", "x = f'ab{ 1x}'", "x = f'{a€}'", "x = f'{x:{1y}}'", 'x = f"""{\n1x}"""',
    'x = f"""abc\n  {a +\n 1x}"""', "éé = f'{1x}'", "x = f'{x!r:>{0o8}}'", "x = f'{a}{b}{1_}'",
    'x = f\'{"a" 1x}\'\n', "x = f'{1x}' + 'abc", "x = f'{1x}' + (",
    # indentation with line continuations
    'if x:\n    pass\n  \\\ny = 2', '   \\ d_ef f(self):\n        return 1',
    'if x:\n    y = 1\n   \\\n', '\\', "x = '''\n''' \\ y", "x = 'a' \\\n  'b' \\ 'c'",
    # a final \r\n makes CPython see one more line
    'x = 1\r\nif x:\r\n    y = """a\r\nb\r\n', "x = '''\r\n",
]


def python312():
    candidates = [os.environ.get('PYTHON312'), shutil.which('python3.12')]
    candidates += sorted(glob.glob(os.path.expanduser('~/.pyenv/versions/3.12*/bin/python3.12')))
    for candidate in candidates:
        if candidate and os.path.exists(candidate):
            try:
                out = subprocess.run([candidate, '--version'], capture_output=True, text=True)
            except OSError:
                continue
            if out.returncode == 0 and out.stdout.startswith('Python 3.12'):
                return candidate
    return None


# Run by Python 3.12: prints the normalized token rows of the file named in argv[1] as JSON.
SPLIT_TOKENS_SCRIPT = r'''
import json, sys, tokenize
source = open(sys.argv[1], encoding='utf-8').read()
lines = source.splitlines(keepends=True)
starts = [0]
for line in lines:
    starts.append(starts[-1] + len(line))
def index(row, col):
    return starts[row - 1] + col
rows = []
with open(sys.argv[1], 'rb') as f:
    for tok in tokenize.tokenize(f.readline):
        kind = tokenize.tok_name[tok.type]
        if kind == 'ENCODING':
            continue
        if kind == 'FSTRING_MIDDLE':
            if rows and rows[-1][0] == 'FSTRING_MIDDLE':
                rows[-1][4:6] = [tok.end[0], tok.end[1]]
            else:
                rows.append([kind, '', tok.start[0], tok.start[1], tok.end[0], tok.end[1]])
            continue
        rows.append([kind, tok.string, tok.start[0], tok.start[1], tok.end[0], tok.end[1]])
out = []
for position, row in enumerate(rows):
    if row[0] == 'FSTRING_MIDDLE':
        # 3.12 leaves the second brace of a final `}}` or `{{` out of every token.
        row[4:6] = rows[position + 1][2:4]
        row[1] = source[index(row[2], row[3]):index(row[4], row[5])]
        if row[1] == '':
            continue
    out.append(row)
print(json.dumps(out, ensure_ascii=False))
'''


def record_split_tokens(python, source_path):
    out = subprocess.run(
        [python, '-c', SPLIT_TOKENS_SCRIPT, str(source_path)],
        capture_output=True,
        check=True,
        text=True,
    )
    rows = json.loads(out.stdout)
    text = '[\n' + ',\n'.join(json.dumps(row, ensure_ascii=False) for row in rows) + '\n]\n'
    source_path.with_suffix('.tokens312.json').write_text(text)


def record_tokenize(python, source_path, suffix):
    out = subprocess.run(
        [python, '-m', 'tokenize', str(source_path)], capture_output=True, check=True
    )
    source_path.with_suffix(suffix).write_bytes(out.stdout)


def record_error(source):
    try:
        compile(source, '<string>', 'exec')
    except SyntaxError as error:
        return {
            'source': source,
            'type': type(error).__name__,
            'msg': error.msg,
            'lineno': error.lineno,
            'offset': error.offset,
            'end_lineno': error.end_lineno,
            'end_offset': error.end_offset,
        }
    raise SystemExit(f'no SyntaxError for {source!r}')


def main():
    if sys.version_info[:2] != (3, 11):
        raise SystemExit('run this with Python 3.11 (the oracle)')
    snippets = sorted(GOLDEN.glob('*.py'))
    for path in snippets:
        record_tokenize(sys.executable, path, '.tokens')
    print(f'{len(snippets)} snippets recorded with {sys.executable}')
    split = sorted((GOLDEN / 'fstrings-split').glob('*.py'))
    py312 = python312()
    if py312 is None:
        print('python3.12 not found: fstrings-split/*.tokens312 left as they are')
    else:
        for path in split:
            record_split_tokens(py312, path)
        print(f'{len(split)} f-string snippets recorded with {py312}')
    errors = [record_error(source) for source in TOKENIZER_ERRORS]
    (GOLDEN / 'errors.json').write_text(json.dumps(errors, indent=1, ensure_ascii=False) + '\n')
    print(f'{len(errors)} tokenizer errors recorded')


if __name__ == '__main__':
    main()
