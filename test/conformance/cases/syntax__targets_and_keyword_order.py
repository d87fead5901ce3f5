# invalid_for_target names an invalid target that is no primary; `(**x ...)` stands at the `**`
# unless a targeted error comes first; after keywords an argument that does not even start an
# expression is the generic error there, and junk after a positional one is the order error.
sources = [
    'print(sep={str(v): i for i, not v in enumerate(x)})', '[x for not v in y]', 'for not x in y: pass',
    'lambda a, *b: (**bool(by1[:in1:]), a)', 'x = (**a b)', 'x = (** )', 'x = (**a if b)',
    'deff (a, b=[" pad", st0], not *c, d, **k):', 'f(a=1, not)', 'f(a=1, b :)', 'f(**k, b :)',
    'f(a, b=1 c)',
]
for source in sources:
    try:
        compile(source, '<case>', 'exec')
        print('compiled', source)
    except SyntaxError as e:
        print(source, '->', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
