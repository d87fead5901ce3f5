parts = ['a', 1, 'c']
print(', '.join(parts))
