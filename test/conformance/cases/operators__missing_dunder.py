class Defaulting(dict):
    def __missing__(self, key):
        return f'<{key}>'
d = Defaulting(a=1)
print(d['a'], d['b'], d.get('b'), 'b' in d, len(d))
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'hello':
    c[ch] += 1
print(c)
