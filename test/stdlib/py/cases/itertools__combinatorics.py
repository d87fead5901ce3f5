import itertools as it
from itertools import product, permutations, combinations, combinations_with_replacement


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(list(product('ab', range(2))), list(product([1, 2], repeat=2)), list(product()))
print(list(product('ab', [], 'c')), list(product('ab', repeat=0)), len(list(product(range(3), repeat=4))))
print(list(product([0, 1], 'xy', repeat=2))[:5])
print(list(permutations('ABC')), list(permutations(range(3), 2)), list(permutations([], 0)))
print(list(permutations('AB', 3)), list(permutations('ABCD', 0)), len(list(permutations(range(6)))))
print(list(permutations([1, 1, 2])))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('AB', 3)))
print(list(combinations('ABC', 0)), list(combinations([], 0)), len(list(combinations(range(10), 4))))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement([], 2)))
print(list(combinations_with_replacement([], 0)), list(combinations_with_replacement('AB', 0)))
print(list(combinations_with_replacement(range(3), 3)))
show(lambda: product([1], repeat=-1))
show(lambda: combinations([1]))
show(lambda: combinations([1], -1))
show(lambda: combinations([1], 'a'))
show(lambda: permutations([1], -1))
show(lambda: permutations([1], 'a'))
show(lambda: product(1))
show(lambda: permutations(1))
print(list(combinations(iterable='abc', r=2)))
print(sum(1 for _ in combinations(range(12), 6)), sum(1 for _ in permutations(range(7), 4)))
print([''.join(p) for p in permutations('abc')])
print(sorted(set(''.join(p) for p in permutations('aab'))))
print([c for c in combinations([1, 2, 3, 4, 5], 3) if sum(c) == 9])
print(type(product()).__name__, type(combinations('a', 1)))
