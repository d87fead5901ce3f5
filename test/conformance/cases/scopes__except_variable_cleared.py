try:
    1 / 0
except ZeroDivisionError as err:
    print('caught', err)
try:
    print(err)
except NameError as e:
    print('NameError:', e)
err = 'before'
try:
    raise KeyError('k')
except KeyError as err:
    pass
print('err' in dir())
