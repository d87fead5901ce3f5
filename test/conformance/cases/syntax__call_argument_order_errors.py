# After a keyword argument, a `*` that starts no valid starred argument is CPython's
# "iterable argument unpacking follows keyword argument unpacking" at that `*`; a primary with a
# trailer before `if` in a display ends the "forgot a comma" range at the primary.
sources = [
    'print(st0, sep=in1, *arargs,* *kw)', 'f(a=1, * *c)', 'f(a=1, *b, * *c)', 'f(a=1, *)',
    'f(a, *b, * *c)', 'f(**k, *c)', 'f(x, * *c)', 'f(a=1, *1 1)',
    '[a b.c if d]', '[a b(1) if d]', "x = [v for v inbool(dict(zip([3.14159, 0.1], ['a']))) if v]",
    'x = [v for v v in str(in0) if v]',
]
for source in sources:
    try:
        compile(source, '<case>', 'exec')
        print('compiled', source)
    except SyntaxError as e:
        print(source, '->', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
