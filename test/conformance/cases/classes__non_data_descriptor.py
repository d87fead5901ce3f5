class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value
class C:
    @Lazy
    def expensive(self):
        print('computing')
        return 42
c = C()
print(c.expensive, c.expensive)
c.__dict__['expensive'] = 'overridden'
print(c.expensive)
