def gen(name, n):
    for i in range(n):
        print(name, 'yields', i)
        yield i
for pair in zip(gen('a', 3), gen('b', 2)):
    print(pair)
for idx, v in enumerate(gen('c', 2), start=1):
    print(idx, v)
