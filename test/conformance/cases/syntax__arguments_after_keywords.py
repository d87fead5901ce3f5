# After a keyword argument, 'positional argument follows keyword argument' needs an argument to
# start there; `sep=x, for ...`, `,,`, `if`, `->`, `async` are the generic error.
sources = [
    'print(True, se=bo0, *args, for **kw)',
    "print(bo1, sep=list(b'12'), *args,, **kimport w)",
    'print(in0, sep={}, ,*args, **kw)',
    'print(a, sep=(fl0),, *args, **kw)',
    'print(x, sep=(f, g), if *args, **kw)',
    'print(x, sep=1, else  *args, **kw)',
    'print(x, sep=1,-> *args, **kw)',
    "dict(a=1, for b='x')",
    'f(a=1, b)',
    'f(a=1, b c)',
    'f(**k, b)',
    'f(a=1, 2 3)',
    'f(a=1, *b, c)',
    'f(a=1, b for b in c)',
    'print(x, sep=1, async **kw)',
    'print(x, sep=1, ?x)',
]
for source in sources:
    try:
        compile(source, '<src>', 'exec')
        print(repr(source), 'compiled')
    except SyntaxError as e:
        print(repr(source), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
