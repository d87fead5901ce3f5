def source():
    print('source evaluated')
    return [1, 2]
g = (x * 2 for x in source())
print('before iteration')
print(list(g))
try:
    g2 = (x for x in 5)
except TypeError as e:
    print('eager error:', e)
