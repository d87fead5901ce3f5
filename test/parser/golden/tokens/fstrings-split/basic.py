name = "world"
a = f'hello {name}' F"HELLO {name!r}" rf'{name}\n' fR"{name}" Rf'x' FR"y"
b = f'{name=}' f'{name = }' f'{name!s:>20}' f'{3.14:.2f}' f'{{literal}}' f'a}}b{{c'
c = f'' f"" f'''''' f"{name}" f'{name}{name}' f'{ name }'
d = f'{x!r:>{width}.{precision}}' f'{x:{{}}>10}' f'{x:%H:%M}' f'{x!r}' f'{x!=y}'
