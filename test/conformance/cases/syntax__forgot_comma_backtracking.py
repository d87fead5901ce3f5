# "Perhaps you forgot a comma?" spans the two expressions CPython's PEG parser settles for: the
# second stops before a trailer or operand that fails (`b(=` reads as `b`); in a match subject it
# wins; a starred first element of a display takes part; after `**mapping` there is none.
sources = [
    'for i in {*d*i {**a}}:\n pass',
    'x = {*d {1}}',
    'x = {*d e}',
    'x = [*d e]',
    'x = (*d e)',
    'x = [1, *d e]',
    'x = {*d, *e f}',
    'x = [*d, e f]',
    'x = ((s 1 & {-5, b c}) >= 1)',
    'x = (s 1 + f(=))',
    'x = {**d e}',
    'x = {1: 2, **d e}',
    'x = {**d, 1: 2 e}',
    'x = {**d, **e f}',
    'x = {1: a b}',
    'x = {**d e: 1}',
    'y = list(range(midel n(=-69428, 40)))',
    'return [i an [i async for i in y]]',
    'x = list(r ange(min(hash(in1), 40), -2,for  0))',
    'match list(filter(lambad v: v, (li0 + [(1#0**20), 66]))):\n    case 1: pass',
    'f(a b(=))',
    'f(a b.c.(d))',
    '[a b[1:2:3:4]]',
    'f(a - b(=))',
    'f(a -b(=))',
    '(a b(c)(=))',
    'f(a b.1)',
    'f(a b[)',
    'x = [a b c]',
    'x = (a b(**))',
    'print(a b[i for])',
    'f(a await b(=))',
    'f(a b(c) d)',
    '{a b(=): 1}',
    '{a: b c(=)}',
    'match (a b)\n',
    'match a b:\n    case 1: pass',
    'match f(a b):\n  case 1: pass',
    'match x if y:\n case 1: pass',
    'match [a b]:\n case 1: pass',
    'match a, b c:\n case 1: pass',
    'match x\n',
]
for source in sources:
    try:
        compile(source, '<src>', 'exec')
        print(repr(source), 'compiled')
    except SyntaxError as e:
        print(repr(source), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
