rows = [('apple', 1.5, 3), ('kiwi', 0.25, 12), ('watermelon', 3.0, 1)]
print(f'{"name":<12}{"price":>8}{"qty":>5}')
for name, price, qty in rows:
    print(f'{name:<12}{price:>8.2f}{qty:>5d}')
print('{:=^25}'.format(' total '), f'{sum(p * q for _, p, q in rows):>25.2f}')
