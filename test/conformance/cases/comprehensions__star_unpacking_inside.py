print([*[x for x in range(3)], *(y for y in 'ab')], {**{k: 1 for k in 'ab'}, 'c': 2})
print([[*r] for r in ['ab', 'cd']])
