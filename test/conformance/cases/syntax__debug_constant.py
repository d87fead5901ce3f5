print(__debug__)
if __debug__:
    print('debug branch')
assert (1, 'tuple always true') if False else True
