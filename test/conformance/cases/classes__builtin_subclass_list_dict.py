class MyList(list):
    def sum(self):
        return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m, m.sum(), type(m).__name__, type(m + [5]).__name__, m[1:3], type(m[1:3]).__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
d = DefaultDict()
print(d['abc'], d, d.get('zz'), 'zz' in d)
class Loud(dict):
    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v.upper())
l = Loud()
l['a'] = 'x'
print(l)
