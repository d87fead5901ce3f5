import operator as op
from operator import itemgetter, attrgetter, methodcaller


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(3), op.pos(-3), op.abs(-4), op.inv(5), op.invert(0), op.lshift(1, 4), op.rshift(64, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.concat([1], [2]), op.concat('a', 'b'), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
l = [1, 2, 3]
op.setitem(l, 0, 9)
op.delitem(l, 1)
print(l, op.getitem(l, -1), op.getitem('hello', slice(1, 3)), op.index(7), op.index(True))
print(op.length_hint([1, 2]), op.length_hint(iter([1, 2, 3])), op.length_hint(x for x in []), op.length_hint(5, 7))
print(op.iadd([1], [2]), op.iadd(1, 2), op.imul('ab', 2), op.isub(5, 1), op.ior({1}, {2}), op.iconcat([1], (2,)))
print(op.ifloordiv(7, 2), op.imod(7, 2), op.ipow(2, 3), op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3), op.ixor(6, 3), op.itruediv(1, 4))
print(op.call(len, [1]), op.__add__(1, 1), op.__eq__ is op.eq, op.matmul.__name__)
show(lambda: op.concat(1, 2))
show(lambda: op.concat([1], (2,)))
show(lambda: op.index(1.5))
show(lambda: op.length_hint(1, 'a'))
show(lambda: op.indexOf([1], 2))
show(lambda: op.iconcat([1], 2))
show(lambda: op.truediv(1, 0))
g = itemgetter(1)
print(g([1, 2, 3]), g('abc'), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 5}), itemgetter(slice(1, None))([1, 2, 3]))
print(itemgetter(1), itemgetter(1, 'a'), attrgetter('real'), attrgetter('a.b', 'c'), methodcaller('f', 1, k=2))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=itemgetter(0)), sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=itemgetter(1, 0)))
print(max({'a': 3, 'b': 7}.items(), key=itemgetter(1)), list(map(itemgetter(0), ['xy', 'zw'])))


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child


n = Node('root', Node('leaf'))
print(attrgetter('name')(n), attrgetter('child.name')(n), attrgetter('name', 'child.name')(n))
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b'), methodcaller('replace', 'a', 'b', 1)('aaa'))
print(methodcaller('to_bytes', 2, byteorder='big')(258))
show(lambda: itemgetter())
show(lambda: attrgetter(1))
show(lambda: methodcaller(1))
show(lambda: methodcaller())
show(lambda: attrgetter('x')(1))
show(lambda: itemgetter(5)([1]))
show(lambda: attrgetter('child.missing')(n))
print(sorted(['bb', 'a', 'ccc'], key=len), sorted([3, 1, 2], key=op.neg))
from functools import reduce
print(reduce(op.mul, range(1, 8)), reduce(op.add, ['x', 'y']), list(map(op.add, [1, 2], [10, 20])))
