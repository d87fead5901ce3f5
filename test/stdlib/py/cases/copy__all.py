import copy


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


nested = [1, [2, 3], {'a': [4]}, (5, [6]), {7}, frozenset([8])]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow == nested, shallow is nested, shallow[1] is nested[1], deep[1] is nested[1], deep == nested)
print(deep[2]['a'] is nested[2]['a'], deep[3] is nested[3], deep[3][1] is nested[3][1], deep[5] is nested[5])
t = (1, 2, 'x')
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy((1, [2]))[1] is (1, [2])[1])
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc, repr(cc))
d = {'k': {'deep': [1]}}
d2 = copy.deepcopy(d)
d2['k']['deep'].append(2)
print(d, d2)
for v in [1, 2.5, 'str', b'b', None, True, 3j, range(3), len, print, int, Ellipsis]:
    print(copy.copy(v) is v, copy.deepcopy(v) is v, end=' | ')
print()


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


p = Point([1], 2)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2, p3, p2.x is p.x, p3.x is p.x, type(p3).__name__)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]


s = copy.deepcopy(Slotted())
print(s.a, hasattr(s, 'b'), copy.copy(Slotted()).a)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('custom copy')
        return Custom(self.v)

    def __deepcopy__(self, memo):
        print('custom deepcopy', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))


c = Custom([1])
print(copy.copy(c).v, copy.deepcopy(c).v is c.v)


class Stateful:
    def __init__(self):
        self.items = [1, 2]
        self.cache = 'temp'

    def __getstate__(self):
        state = self.__dict__.copy()
        del state['cache']
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = 'rebuilt'


st = copy.deepcopy(Stateful())
print(st.items, st.cache)


class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([1, [2]])
ml.tag = 'x'
cml = copy.deepcopy(ml)
print(cml, type(cml).__name__, cml.tag, cml[1] is ml[1], copy.copy(ml), type(copy.copy(ml)).__name__)
md = MyDict(a=[1])
print(copy.deepcopy(md), type(copy.deepcopy(md)).__name__, copy.copy(md)['a'] is md['a'])
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque
P = namedtuple('P', 'a b')
np_ = P([1], 2)
print(copy.copy(np_), copy.deepcopy(np_), copy.deepcopy(np_).a is np_.a)
od = OrderedDict(a=[1], b=2)
print(copy.deepcopy(od), copy.copy(od))
dd = defaultdict(list, a=[1])
cdd = copy.deepcopy(dd)
cdd['z'].append(1)
print(cdd, dd)
print(copy.deepcopy(Counter('aab')), copy.deepcopy(deque([[1]], 3)))


class Tree:
    def __init__(self, v, parent=None):
        self.v = v
        self.parent = parent
        self.children = []


root = Tree(0)
child = Tree(1, root)
root.children.append(child)
r2 = copy.deepcopy(root)
print(r2.children[0].parent is r2, r2 is not root)
print(copy.deepcopy({'a': 1}, {}), copy.Error, issubclass(copy.Error, Exception), copy.error is copy.Error)
show(lambda: copy.deepcopy((x for x in [])))
grid = [[0] * 3 for _ in range(2)]
g2 = copy.deepcopy(grid)
g2[0][0] = 9
print(grid, g2)


class Meth:
    def m(self):
        return self


mm = Meth()
bm = copy.deepcopy(mm.m)
print(bm() is not mm, type(bm()).__name__)
memo = {}
a = [1]
copy.deepcopy([a, a], memo)
print(id(a) in memo, memo[id(a)] == [1])
