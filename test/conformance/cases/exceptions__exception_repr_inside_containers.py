errors = [ValueError('a'), KeyError('b'), OSError(1, 'x'), StopIteration(5), SystemExit(2)]
print(errors)
print([str(e) for e in errors])
print(StopIteration(5).value, SystemExit(2).code, StopIteration().value)
