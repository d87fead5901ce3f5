# SyntaxError.text from compile()/exec(): CPython gives an exec source a final newline, so the
# line the tokenizer stands on keeps its break; an earlier line (an unclosed bracket found at the
# end) is read back without it; 'single' and 'eval' sources get no newline.
sources = [
    ('def f(\n', 'exec'),
    ('def f(', 'exec'),
    ('x = (1,\n2', 'exec'),
    ('x = (1,\n2\n', 'exec'),
    ('x = [\n', 'exec'),
    ('with open(p#ow(1)) as fh:\n    pass', 'exec'),
    ('x = {\n\n', 'exec'),
    ('f(\n# c\n', 'exec'),
    ("f'{'", 'exec'),
    ("x = f'{\\'a\\'}'", 'exec'),
    ("f'{1!z}'", 'exec'),
    ('x = 1 +', 'exec'),
    ('x = 1 +', 'single'),
    ('x = $', 'single'),
    ('x = (1]', 'single'),
    ('x = 1 +', 'eval'),
    ('(1 +\n', 'eval'),
]
for source, mode in sources:
    try:
        compile(source, 'src', mode)
        print(mode, repr(source), 'compiled')
    except SyntaxError as e:
        print(mode, repr(source), e.msg, e.lineno, e.offset, repr(e.text))
