try:
    try:
        raise ExceptionGroup('eg', [ValueError('v'), TypeError('t')])
    except* ValueError:
        raise KeyError('from handler')
except BaseException as e:
    print(type(e).__name__, repr(e))
    for sub in e.exceptions:
        print(' ', repr(sub), repr(sub.__context__) if sub.__context__ else '')
