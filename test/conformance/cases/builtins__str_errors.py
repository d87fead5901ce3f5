try:
    'abc'.index('z')
except ValueError as e:
    print(e)
try:
    'a'.join([1, 2])
except TypeError as e:
    print(e)
try:
    'abc'[5]
except IndexError as e:
    print(e)
try:
    'abc'.split('')
except ValueError as e:
    print(e)
try:
    'x'.center(3, 'ab')
except TypeError as e:
    print(e)
try:
    'abc'.startswith(['a'])
except TypeError as e:
    print(e)
try:
    str(b'x', 'bogus-encoding')
except LookupError as e:
    print(e)
'abc'.replace(1, 2)
