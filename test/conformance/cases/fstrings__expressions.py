items = [1, 2, 3]
d = {'key': 'value'}
print(f'{len(items)} items, sum {sum(items)}, max {max(items)}', f'{d["key"]}', f'{items[-1] * 2}')
print(f'{"yes" if items else "no"}', f'{[x * x for x in items]}', f'{(lambda v: v + 1)(1)}')
x = 5
print(f'{x = }', f'{x*2 = }', f'{x = :>4}', f'{x=!r}', f'{ x = }')
