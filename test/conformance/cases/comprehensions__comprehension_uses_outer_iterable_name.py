items = [1, 2, 3]
items = [items for items in items]
print(items)
x = [[1, 2], [3]]
print([x for x in x for x in x])
