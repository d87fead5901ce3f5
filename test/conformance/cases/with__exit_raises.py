class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise ValueError('exit failed')
try:
    with BadExit():
        raise KeyError('body error')
except ValueError as e:
    print(repr(e), repr(e.__context__))
with BadExit():
    pass
