# A generic error stays where CPython's first pass stopped even when a lenient re-reading of a
# display element fails earlier; after `name name(...)` the arguments' targeted errors do not
# fire (CPython memoized them without), after `name 'string'` or `name {` they do.
sources = [
    'x = [a + , 2]', "f'{((len([v for v in [st]0 if v == 1]) - 1))}'", "f'{(((False + 97)* * 12))}'",
    'whle bool(abs(fl)0):', 'whif ile [Falsasync e]:', 'depassf f(a, b=True, *c, d, **k):',
    'de f(a, b=li1, *c, d, **k):', "x = [v for vin '42' if v]", 'im{port a.b as c',
]
for source in sources:
    try:
        compile(source, '<case>', 'exec')
        print('compiled', source)
    except SyntaxError as e:
        print(source, '->', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
