def tree(depth, prefix='', *, out=None):
    out = [] if out is None else out
    if depth == 0:
        return out
    out.append(prefix + str(depth))
    tree(depth - 1, prefix + '  ', out=out)
    return out
print('\n'.join(tree(4)))
def walk(d, path=()):
    for k, v in d.items():
        if isinstance(v, dict):
            yield from walk(v, path + (k,))
        else:
            yield '.'.join(path + (k,)), v
print(list(walk({'a': {'b': 1, 'c': {'d': 2}}, 'e': 3})))
