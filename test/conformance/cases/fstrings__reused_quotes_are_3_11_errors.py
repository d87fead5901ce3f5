# Python 3.11 reads an f-string as one string literal: a replacement field cannot reuse the
# f-string's own quotes (3.12's PEP 701 allows it). Each source is compiled and its error printed.
sources = [
    "f'{'a'}'",
    'f"{"a"}"',
    "f'''{'''a'''}'''",
    "f'{f'{1}'}'",
    "x = f'{x!r:{'a'}}'",
    "print(f'{d['k']}')",
    "f'{\"it's\"}'",
    "f'{'a'!r}' + 1",
]
for source in sources:
    try:
        compile(source, '<src>', 'exec')
        print('compiled', source)
    except SyntaxError as e:
        print(repr(source), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
# The same quotes are fine when the outer f-string is triple-quoted with the other kind or a
# different quote character.
print(f'''{'a'}''', f"{'b'}", f'{"c"}', f"""{"d"}""", f'{f"{1}"}')
exec("print(f'{'oops'}')")
