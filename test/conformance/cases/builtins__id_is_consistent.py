a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]) if False else 'skip', isinstance(id(a), int))
x = object()
print(id(x) == id(x), x is x)
