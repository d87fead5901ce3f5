items = ['a', 'b', 'c']
middle = items[len(items) / 2]
