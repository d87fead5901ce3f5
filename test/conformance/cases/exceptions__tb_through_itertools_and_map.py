import itertools
pairs = list(itertools.starmap(pow, [(2, 3), (2, -1)]))
print(pairs)
list(itertools.starmap(divmod, [(4, 2), (1, 0)]))
