class Data:
    def __get__(self, obj, cls): return 'data descriptor'
    def __set__(self, obj, v): print('data set', v)
class NonData:
    def __get__(self, obj, cls): return 'non-data descriptor'
class C:
    d = Data()
    n = NonData()
c = C()
c.__dict__['d'] = 'instance d'
c.__dict__['n'] = 'instance n'
print(c.d, c.n)
c.d = 5
print(C.d, C.n)
