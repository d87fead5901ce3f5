name = 'Ann'
value = 3.14159
items = [1, 2]
print(f'{name=}', f'{value=:.2f}', f'{items=}', f'{len(items)=}', f'{name.upper()=!s}')
