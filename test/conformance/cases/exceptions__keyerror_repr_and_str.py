d = {'alpha': 1}
try:
    d['beta']
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    {}[('tuple', 'key')]
except KeyError as e:
    print(str(e))
try:
    {}['']
except KeyError as e:
    print(str(e))
d['gamma']
