fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
gens = [(i for _ in range(1)) for i in range(3)]
print([list(g) for g in gens])
