import itertools as it
print(list(it.chain([1], (2, 3))), list(it.islice(it.count(10, 5), 3)), list(it.repeat('x', 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.takewhile(lambda v: v < 3, [1, 2, 3, 1])))
print(list(it.dropwhile(lambda v: v < 3, [1, 2, 3, 1])), list(it.compress('abcd', [1, 0, 1, 0])))
print([(k, list(g)) for k, g in it.groupby('aabccc')])
print(list(it.product('ab', repeat=2)), list(it.permutations([1, 2, 3], 2)))
print(list(it.combinations('abc', 2)), list(it.zip_longest('ab', 'xyz', fillvalue='-')))
print(list(it.pairwise([1, 2, 3])), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.cycle('ab') if False else it.islice(it.cycle('ab'), 5)), list(it.filterfalse(None, [0, 1, '', 'a'])))
