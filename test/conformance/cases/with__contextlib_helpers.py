from contextlib import suppress, nullcontext, ExitStack, closing
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppress ok')
with nullcontext('value') as v:
    print(v)
class Res:
    def __init__(self, n):
        self.n = n
    def close(self):
        print('closing', self.n)
with closing(Res(1)) as r:
    print('using', r.n)
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    print('stack body')
