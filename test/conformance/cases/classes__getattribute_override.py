class Logged:
    def __init__(self):
        self.value = 5
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('get', name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.value
l = Logged()
print(l.method())
class Blocked:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return 'fallback ' + name
print(Blocked().anything)
