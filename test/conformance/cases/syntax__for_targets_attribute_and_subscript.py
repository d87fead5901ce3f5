class NS:
    pass
ns = NS()
d = {}
for ns.value in range(3):
    pass
for d['last'] in 'xyz':
    pass
lst = [0, 0]
for lst[0], lst[1] in [(1, 2), (3, 4)]:
    pass
print(ns.value, d, lst)
