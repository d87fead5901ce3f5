class Both:
    def __repr__(self): return 'Both-repr'
    def __str__(self): return 'Both-str'
b = Both()
print(b, repr(b), str(b), [b], {b: b} if False else (b,), f'{b}', f'{b!r}', '%s %r' % (b, b))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self):
        return None
str(BadStr())
