name = "world"
a = f'hello {name}' F"HELLO {name!r}" rf'{name}\n' fR"{name}" Rf'x' FR"y"
b = f'{name=}' f'{name = }' f'{name!s:>20}' f'{3.14:.2f}' f'{{literal}}'
c = f'''triple {name}
spanning {name:
}''' f"""{name!a}"""
d = f'{"inner" if name else "other"}' f"{'a' + 'b'}"
e = f'{x:{width}.{precision}}' f'{{}}' f'{ {"a": 1}["a"] }'
g = f'\N{BULLET} {name}' f'{name}\{name}'
