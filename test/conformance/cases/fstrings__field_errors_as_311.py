# Python 3.11 compiled each f-string field's `(expression)` while scanning the string: an error in
# an earlier field beats a scanning error further on; the field's text ends where 3.11's scanner
# ends it (brackets nest); a tokenizer error inside shows the parenthesized expression as its text.
sources = [
    "f'{a b}}'", "f'{(a b)!r:>w}}'", "f'{range()2}}'", "x = f'{a b}}' + 1",
    "f'{sorted([s, 0 t], key=str)}'", "f'{len([v for v !in w])}'",
    "x = f'{bool(set([20lambda , 1]))!r:>{w}}'", "f'{2.await 5}'",
    # an unclosed bracket the second pass reads to the end of
    'x = [v [v for v in y if v]', 'x = (v [v for v in y]', 'x = {v [v for v in y]',
]
for source in sources:
    try:
        compile(source, '<case>', 'exec')
        print('compiled', source)
    except SyntaxError as e:
        print(source, '->', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
