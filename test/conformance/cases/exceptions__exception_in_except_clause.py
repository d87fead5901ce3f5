try:
    try:
        raise ValueError('first')
    except ValueError:
        undefined_name
except NameError as e:
    print(repr(e), repr(e.__context__))
try:
    raise KeyError('a')
except KeyError:
    raise IndexError('b')
