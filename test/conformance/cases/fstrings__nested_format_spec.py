width, precision = 10, 3
value = 3.14159265
print(f'{value:{width}.{precision}f}|', f'{value:>{width}}|', f'{"x":{"^"}{width}}|')
fmt = '.2e'
print(f'{value:{fmt}}', f'{12:#0{6}x}')
