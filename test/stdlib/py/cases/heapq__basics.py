import heapq
import random


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


h = []
for x in [5, 1, 8, 3, 2, 9, 1, 7]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 4.5), data, heapq.heappushpop(data, -1), heapq.heappushpop(data, 10), data)
print(heapq.heappushpop([], 3))
rng = random.Random(7)
big = [rng.randrange(1000) for _ in range(300)]
heap = list(big)
heapq.heapify(heap)
print(heap[:20])
print([heapq.heappop(heap) for _ in range(len(heap))] == sorted(big))


class Item:
    def __init__(self, key, tag):
        self.key, self.tag = key, tag

    def __lt__(self, other):
        return self.key < other.key

    def __repr__(self):
        return f'{self.key}{self.tag}'


items = [Item(k, t) for k, t in zip([3, 1, 3, 2, 1, 3, 2, 1], 'abcdefgh')]
q = []
for it in items:
    heapq.heappush(q, it)
print(q)
print([heapq.heappop(q) for _ in range(len(q))])
q2 = list(items)
heapq.heapify(q2)
print(q2, heapq.heapreplace(q2, Item(0, 'z')), q2)
tasks = [(2, 'write'), (1, 'plan'), (3, 'test'), (1, 'eat')]
heapq.heapify(tasks)
print([heapq.heappop(tasks) for _ in range(4)])
maxh = []
for v in [3, 1, 4, 1, 5, 9, 2, 6]:
    heapq.heappush(maxh, -v)
print([-heapq.heappop(maxh) for _ in range(3)])
show(lambda: heapq.heappop([]))
show(lambda: heapq.heappop(1))
show(lambda: heapq.heappush(1, 2))
show(lambda: heapq.heapreplace([], 1))
show(lambda: heapq.heapify((1,)))
show(lambda: heapq.heappush([1], 'a'))
mx = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(mx)
print(mx, heapq._heappop_max(mx), mx, heapq._heapreplace_max(mx, 0), mx)


# Dijkstra
graph = {'a': [('b', 7), ('c', 9), ('f', 14)], 'b': [('a', 7), ('c', 10), ('d', 15)],
         'c': [('a', 9), ('b', 10), ('d', 11), ('f', 2)], 'd': [('b', 15), ('c', 11), ('e', 6)],
         'e': [('d', 6), ('f', 9)], 'f': [('a', 14), ('c', 2), ('e', 9)]}
dist = {'a': 0}
pq = [(0, 'a')]
while pq:
    d, u = heapq.heappop(pq)
    if d > dist.get(u, float('inf')):
        continue
    for v, w in graph[u]:
        if d + w < dist.get(v, float('inf')):
            dist[v] = d + w
            heapq.heappush(pq, (d + w, v))
print(sorted(dist.items()))
