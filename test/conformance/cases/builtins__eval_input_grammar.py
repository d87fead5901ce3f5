# eval() and compile(..., 'eval') parse CPython's eval input: expressions, then only blank lines.
# An error after the expression points at the token that follows it.
sources = [
    'x =',
    'x = 1',
    'x =\n',
    '1 +',
    'pass',
    'import os',
    '1\n\n2',
    '1;',
    'x := 1',
    'x.a := 1',
    '*a,',
    '1 if 2',
    'a b',
    'a, b c = d',
    'print 1',
    'exec 1, 2',
    'print (1) 2',
    'f() := 3',
    '1,2,\n\n',
    '  (1 +\n 2)',
]
for source in sources:
    try:
        print(repr(source), eval(source, {'a': 1, 'b': 2, 'x': 3}))
    except SyntaxError as e:
        print(repr(source), type(e).__name__, e.msg, e.args[1])
    except Exception as e:
        print(repr(source), type(e).__name__, e)
print(compile('x + 1', 'f', 'eval').co_names)
eval('a =')
