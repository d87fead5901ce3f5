class C:
    def __new__(cls, *args):
        print('new', cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, v):
        print('init', v)
        self.v = v
c = C(5)
print(c.created, c.v)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never called')
print(Other())
