# CPython's comparison dispatch as sorting and == see it: a subclass's reflected method goes first
# even when inherited; keys of one Python class get their __lt__ called directly (twice when it
# returns NotImplemented), also as first items of tuple keys.
class A:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        print('lt', self.v, other.v)
        return NotImplemented
    def __gt__(self, other):
        print('gt', self.v, other.v)
        return self.v > other.v
    def __repr__(self): return 'A%d' % self.v
print(sorted([A(2), A(1), A(3)]))
class B(A): pass
print(sorted([A(2), B(1), A(3)]))
print(sorted([(A(2), 1), (A(1), 2)]))
print(min([A(2), A(1)]), max([A(2), A(1)]))
class P:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        print('eq', self.v, other.v)
        return NotImplemented
    def __lt__(self, other):
        print('lt', self.v, other.v)
        return NotImplemented
class Q(P): pass
print(P(1) == Q(2), P(1) != Q(2))
try: P(1) < Q(2)
except TypeError as e: print(e)
class C: pass
class D(C): pass
print(C() == D(), D() == C())
class E(int): pass
print(1 < E(2), E(3) == 3, [1] == [E(1)])
class Plain:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        print('plain lt', self.v, other.v)
        return self.v < other.v
print([p.v for p in sorted([Plain(3), Plain(1), Plain(2)])], [t[0].v for t in sorted([(Plain(2),), (Plain(1),)])])
print([t[1] for t in sorted([(Plain(1), 'b'), (Plain(1), 'a')], key=lambda t: (t[0].v, t[1]))])
