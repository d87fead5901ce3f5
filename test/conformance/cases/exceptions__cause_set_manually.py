e = RuntimeError('outer')
e.__cause__ = ValueError('manual cause')
print(e.__suppress_context__)
try:
    raise e
except RuntimeError as caught:
    print(repr(caught.__cause__), caught.__suppress_context__)
try:
    raise RuntimeError('x') from 5
except TypeError as err:
    print(err)
raise KeyError('a') from ValueError('b')
