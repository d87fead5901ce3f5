cache = {}
key = ['a', 'b']
cache[key] = 1
