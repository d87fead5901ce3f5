from collections import deque


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft('xy')
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(100)
print(d)
d.reverse()
print(d, list(reversed(d)))
print(d.count(1), d.index(2), 'a' in d, 'z' in d)
d.insert(2, 'ins')
d.insert(-1, 'neg')
d.insert(100, 'end')
d.insert(-100, 'start')
print(d)
d.remove('ins')
del d[1]
d[0] = 'S'
print(d)
print(d.copy(), d == d.copy(), d is d.copy())
d.clear()
print(d, bool(d))

# bounded deques
b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(9)
print(b)
b.appendleft(-1)
print(b)
b.extend([10, 11])
print(b)
b.extendleft([20])
print(b)
z = deque([1, 2], maxlen=0)
z.append(3)
print(z)

# large growth and wrap-around
q = deque()
for i in range(1000):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
print(len(q), q[0], q[-1], sum(q), q[500])
for i in range(200):
    q.appendleft(-i)
print(len(q), q[0], q[199], q[200])
q.rotate(123)
print(q[0], q[-1], list(q)[:5])

# BFS pattern
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
seen = {1}
order = []
frontier = deque([1])
while frontier:
    node = frontier.popleft()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            frontier.append(nxt)
print(order)

# errors
show(lambda: deque([], -1))
show(lambda: deque([], 'a'))
show(lambda: deque().pop())
show(lambda: deque().popleft())
show(lambda: deque()[0])
show(lambda: deque([1])['a'])
show(lambda: deque([1])[1:2])
show(lambda: deque([1]) + [1])
show(lambda: deque([1], 1).insert(0, 2))
show(lambda: deque([1, 2, 3]).rotate('a'))
show(lambda: deque([1]).index(3))
show(lambda: deque([1]).remove(3))
show(lambda: deque([1]).index(1, 2))
show(lambda: deque([1, 2, 3, 2]).index(2, -2))
show(lambda: setattr(deque(), 'maxlen', 3))


def mutate():
    m = deque([1, 2, 3])
    for x in m:
        m.append(x)


show(mutate)


def mutate2():
    m = deque([1, 2, 3])
    it = iter(m)
    next(it)
    m.pop()
    m.append(4)
    return next(it)


show(mutate2)

# operators and comparisons
show(lambda: deque([1, 2, 3]) < deque([1, 3]))
show(lambda: deque([1, 2]) == deque([1, 2]))
show(lambda: deque([1, 2, 3]) == [1, 2, 3])
show(lambda: deque([1, 2, 3]) * 2)
show(lambda: 2 * deque([1, 2]))
show(lambda: deque([1, 2, 3], 4) * 2)
show(lambda: deque('ab') + deque('cd'))
e = deque([1])
e += [2, 3]
e *= 2
print(e)
r = deque([1])
r.append(r)
print(r)
show(lambda: deque('abc', 2))
show(lambda: deque[int])
show(lambda: deque([[]]).count([]))
show(lambda: isinstance(deque(), deque))


class MyDeque(deque):
    pass


m = MyDeque([1, 2], 5)
print(m, type(m.copy()).__name__, m.copy().maxlen)
import copy
print(copy.copy(deque([1, [2]], 4)), copy.deepcopy(deque([1, [2]])))
