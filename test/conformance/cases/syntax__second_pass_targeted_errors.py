# CPython's second parser pass: which targeted error wins and where (fuzz-mutated sources).
sources = [
    # 3.11 stops at the `[` of 3.12 type parameters
    'def f[(a, b=1): pass', 'def f[](): pass', 'class C[(a)]: pass', 'class C[]: pass',
    # invalid_kvpair after an earlier item reads the key as PEG does
    "{'a': 1, 2-: 3}", "{'a': 1, f(x y): 3}", '{1: 2, x if y: 3}', '{**a, 2-: 3}', '{1: 2, (x y): 3}',
    # a lone generator argument followed by junk is the generic error
    'f(x for x in y z)', 'f(x for x in y, 1)', 'x = tuple(v for v in n reversed(li0))',
    # the test of a conditional that fails: expected 'else' over the part that parses
    'print(((23 * in0) if any(li0ny(li0 )else -939813), sep=in0)', 'x = a if b + else c',
    # after any name, the expressions that follow are read with targeted errors on
    'im{port a.b as c', 'c{lass C(int):', '[x {y z}]', 'x {y z}', 'print {a b}',
]
for source in sources:
    try:
        compile(source, '<case>', 'exec')
        print('compiled', source)
    except SyntaxError as e:
        print(source, '->', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
