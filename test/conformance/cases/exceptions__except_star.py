def handle(eg):
    try:
        raise eg
    except* ValueError as g:
        print('ValueErrors:', repr(g))
    except* TypeError as g:
        print('TypeErrors:', repr(g))
handle(ExceptionGroup('g', [ValueError(1), TypeError(2), ValueError(3)]))
try:
    handle(ExceptionGroup('g2', [ValueError('a'), KeyError('b')]))
except ExceptionGroup as rest:
    print('unhandled rest:', repr(rest))
try:
    raise ValueError('naked')
except* ValueError as g:
    print('naked wrapped:', repr(g))
