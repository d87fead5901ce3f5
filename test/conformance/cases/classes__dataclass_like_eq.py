class V:
    def __init__(self, a):
        self.a = a
    def __eq__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.a == other.a
print(V(1) == V(1), V(1) != V(2), V(1) == 1, V(1) in [V(0), V(1)])
try:
    hash(V(1))
except TypeError as e:
    print(e)
print(V.__hash__)
