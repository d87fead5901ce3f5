# Statement-level choices of CPython's second pass: an f-string is one token in 3.11 (a generic
# error spans it), a failing match subject still counts as read, `match x: y` is not a match
# statement (simple statements: annotations), juxtaposed expressions after a tuple before `:` are
# "only single target", and a name followed by expressions inside brackets reads them for errors.
sources = [
    "x  f'{bo0!r:>{w}}' + st0", "x f'{a}' 'b'",
    'match l(ist(zip(li1, [])):', 'match dict.fromkeys(by0.split(), 80 80):', 'match x: y',
    "match (float('inf'), 1.5):    case [1, *rest] if rest:", 'match (x): y',
    'la,mbda a, *b: (any(li1), a)', 'a, b c: d', 'a, b c = d', '(a, b) c: d',
    "i[f 'b'.e'b'.endswith('World'):", "[x 'a'.b 'c']", '[print x y]',
]
for source in sources:
    try:
        compile(source, '<case>', 'exec')
        print('compiled', source)
    except SyntaxError as e:
        print(source, '->', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
