# Error messages quote a C type's tp_name: collections.deque, itertools.count... while __name__ is
# the short name (user subclasses keep their own name).
import collections
import itertools
import functools

class MyDeque(collections.deque):
    pass

values = [collections.deque(), collections.defaultdict(int), collections.OrderedDict(),
          itertools.count(), functools.partial(len), MyDeque()]
for value in values:
    print(type(value).__name__)
    for op in (lambda v: v + 1, lambda v: -v, lambda v: {v}, lambda v: v.missing,
               lambda v: [1][v], lambda v: 'a' + v):
        try:
            op(value)
        except (TypeError, AttributeError) as e:
            print(' ', type(e).__name__, e)
hash(collections.deque())
