import operator as op
print(op.add(1, 2), op.mul('a', 3), op.neg(5), op.not_(0), op.truth([1]), op.getitem([1, 2], 1))
print(op.itemgetter(1, 0)('ab'), op.attrgetter('real')(3), op.methodcaller('upper')('x'))
print(op.lt(1, 2), op.contains([1], 1), op.concat([1], [2]), op.floordiv(7, 2), op.pow(2, 5))
