data = {'a': 1, 'b': 2}
for key, value in data:
    print(key, value)
