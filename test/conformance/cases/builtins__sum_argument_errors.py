# sum()'s argument errors, in CPython's order: the iterable is checked before the start value.
def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except TypeError as error:
        print(label, 'TypeError:', error)

attempt('bool iterable, str start', lambda: sum(False, ''))
attempt('int iterable, bytes start', lambda: sum(5, b''))
attempt('empty, bytearray start', lambda: sum([], bytearray()))
attempt('empty, str start', lambda: sum([], ''))
attempt('strs', lambda: sum(['a', 'b']))
attempt('str start keyword', lambda: sum([1], start='x'))
attempt('lists', lambda: sum([[1], [2]], []))
attempt('no args', lambda: sum())
attempt('three args', lambda: sum([1], 2, 3))
attempt('None iterable', lambda: sum(None))
