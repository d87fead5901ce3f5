print(list(range(3)), tuple({'a': 1}), list({'x': 1}.items()), tuple(x for x in 'ab'), list(b'hi'), list(map(str, (1, 2))))
print(list(), tuple(), list([]), list(reversed((1, 2))), tuple(enumerate('ab')), list(zip((1,), 'a')))
print(list('') == [], tuple([1, [2]]), list(iter([1, 2])), sorted(set('banana')))
