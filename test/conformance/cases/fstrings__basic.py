name, n = 'World', 3
print(f'Hello, {name}!', f'{n} + {n} = {n + n}', F'upper F', f'{{braces}}', f'{"quoted"}', f"{'single'}")
print(f'{name!r} {name!s} {name!a}', f'{"é"!a}', f'{[1, 2]}', f'{ {"a": 1}["a"] }')
print(f'{n:5}|{n:<5}|{n:^5}|{n:>5}|', f'{name:*^11}', f'{3.14159:.2f}', f'{1234567:,}', f'{0.5:.0%}')
