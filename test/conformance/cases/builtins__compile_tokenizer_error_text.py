# compile()/exec() of a string: errors CPython's tokenizer raises itself carry their line without
# the line break (parser errors keep it); a null byte gives a SyntaxError with no location.
sources = [
    "'abc",
    "x = 'abc\ny = 2",
    "x = '''abc",
    "x = 1 \u20ac 2",
    "x = 1 \u00a0 2",
    "x = 0777 + 1",
    "x = 1_ + 2",
    "x = 1e+ 2",
    "x = 0b12 + 1",
    "x = 1)",
    "x = (1]",
    "x = 5 \\ y",
    "if x:\n    y\n  z",
    "x = $",
    "(1",
    "x = 1 +",
    "f'{1!z}'",
    "x = \x00 + 1",
]
for source in sources:
    try:
        compile(source, 'src', 'exec')
    except SyntaxError as e:
        print(repr(source), type(e).__name__, e.args)
    try:
        exec(source)
    except SyntaxError as e:
        print(repr(source), e.msg, e.lineno, e.offset, repr(e.text), e.filename)
