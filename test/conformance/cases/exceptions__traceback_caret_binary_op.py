def compute(data):
    total = data['a'] + data['b'] * data['c']
    return total
compute({'a': 1, 'b': 'x', 'c': None})
