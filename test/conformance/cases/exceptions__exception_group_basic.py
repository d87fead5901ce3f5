try:
    raise ExceptionGroup('several', [ValueError('v'), TypeError('t')])
except ExceptionGroup as eg:
    print(repr(eg), eg.message, eg.exceptions, str(eg))
eg = ExceptionGroup('msg', [KeyError('k'), ValueError('v1'), ValueError('v2')])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(type(BaseExceptionGroup('b', [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup('b', [ValueError()])).__name__)
try:
    ExceptionGroup('empty', [])
except ValueError as e:
    print(e)
