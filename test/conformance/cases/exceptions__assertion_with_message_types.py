try:
    assert False, ['list', 'message']
except AssertionError as e:
    print(e.args)
try:
    assert 0
except AssertionError as e:
    print(repr(e))
x = []
assert x, 'x must not be empty'
