class CM:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        pass
with CM() as (a, [b, c]):
    print(a, b, c)
class Holder:
    pass
h = Holder()
d = {}
with CM() as h.attr:
    pass
with CM() as d['key']:
    pass
print(h.attr, d)
