class Counter:
    def __init__(self):
        self.store = {}
    def __getitem__(self, k):
        print('get', k)
        return self.store.get(k, 0)
    def __setitem__(self, k, v):
        print('set', k, v)
        self.store[k] = v
c = Counter()
c['a'] += 5
def key():
    print('key evaluated')
    return 'b'
c[key()] *= 2
class Obj:
    @property
    def p(self):
        print('get p')
        return 1
    @p.setter
    def p(self, v):
        print('set p', v)
o = Obj()
o.p += 10
