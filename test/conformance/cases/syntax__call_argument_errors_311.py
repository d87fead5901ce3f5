# Call arguments are `assignment_expression | expression !':='`: a walrus on anything but a name
# is the generic error there; after keywords the generic error is at the argument. A positional
# argument after keywords is reported where a later `**` stops the reading. f-strings were
# STRING tokens in 3.11 (NAME STRING never "forgot a comma"); an empty f-string field names the
# character it stopped at.
sources = [
    'f(6:=5)', 'f(a, 6:=5)', 'f(x.y:=5)', 'f(a=1, 6:=5)', '[6:=5]', 'x[6:=5]', 'f(x:=5)',
    'print([False], sep=sorted(x), a*rgs, ****kw)', 'f(a=1, b, **)',
    "w(hile f'{lf0}{st0:}{bo1}':", "[a f'x' b]",
    "f'{[]}x={={[75]}]'", "x = f'{tu1!r:>{:>{w}}' + 1",
]
for source in sources:
    try:
        compile(source, '<case>', 'exec')
        print('compiled', source)
    except SyntaxError as e:
        print(source, '->', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
