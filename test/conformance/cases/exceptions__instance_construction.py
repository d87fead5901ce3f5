# Calling exception classes: BaseException's own __new__/__init__, classes overriding either,
# OSError's errno subclass choice, keyword errors.
class Invalid(Exception):
    pass
class WithInit(Exception):
    def __init__(self, a, b=2):
        super().__init__(a)
        self.b = b
print(repr(Invalid(1, 2)), Invalid().args, Invalid('x').args, str(Invalid('m')))
e = WithInit(5); print(e.args, e.b)
print(repr(ValueError('bad')), repr(KeyError('k')), str(KeyError('k')))
print(type(OSError(2, 'nope')).__name__, OSError(2, 'nope').errno)
print(StopIteration(3).value)
try:
    Invalid(x=1)
except TypeError as t: print(t)
try:
    raise Invalid('z')
except Invalid as z: print(z.args, z.__traceback__ is not None)
class S(ValueError):
    def __new__(cls, *a):
        o = super().__new__(cls, *a); o.tag = 1; return o
print(S(1).tag, S(1).args)
