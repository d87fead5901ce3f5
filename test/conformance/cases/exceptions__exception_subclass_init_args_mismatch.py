class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
e = E(1, 2)
print(e.args, e.b, str(e))
import copy
print(repr(copy.copy(ValueError('c'))))
raise E('first', 'second')
