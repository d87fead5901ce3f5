class Recorder:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __setattr__(self, name, value):
        self.log.append(('set', name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(('del', name))
        object.__delattr__(self, name)
r = Recorder()
r.a = 1
r.b = 2
del r.a
print(r.log, hasattr(r, 'a'), r.b)
class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError(f'{type(self).__name__} is frozen')
Frozen().x = 1
