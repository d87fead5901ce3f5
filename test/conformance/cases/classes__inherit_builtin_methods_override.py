class Count(dict):
    def __getitem__(self, k):
        return super().get(k, 0)
c = Count(a=1)
print(c['a'], c['missing'], c.get('missing'), dict.__getitem__(c, 'a'))
class Rev(list):
    def __iter__(self):
        return reversed(list(super().__iter__()))
r = Rev([1, 2, 3])
print(list(r), [x for x in r], r[0], sorted(r))
