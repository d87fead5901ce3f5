assert True
assert 1 == 1, 'never shown'
try:
    assert 1 > 2
except AssertionError as e:
    print('bare assert args', e.args)
def check(value):
    assert value > 0, f'value must be positive, got {value}'
    return value
print(check(3))
check(-1)
