try:
    raise FileNotFoundError('f')
except OSError:
    print('OSError clause catches subclass first')
except FileNotFoundError:
    print('never reached')
try:
    raise KeyError('x')
except LookupError as e:
    print('LookupError', repr(e))
