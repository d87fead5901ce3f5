d = {'a': 1, 'b': 2, 'c': 3}
match d:
    case {'a': 1, **rest}:
        rest['z'] = 26
        print(rest, d)
