for spec in ['d', 's', 'x', ',s']:
    try:
        print(f'{1.5:{spec}}')
    except ValueError as e:
        print(spec, '->', e)
try:
    print(f'{"abc":d}')
except ValueError as e:
    print(e)
try:
    print(f'{5:=^{"x"}}')
except ValueError as e:
    print(e)
value = None
print(f'{value:.2f}')
