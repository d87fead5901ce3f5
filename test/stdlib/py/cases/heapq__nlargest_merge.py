import heapq


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(0, nums), heapq.nsmallest(-2, nums))
print(heapq.nlargest(1, nums), heapq.nsmallest(1, nums), heapq.nlargest(100, nums), heapq.nsmallest(1, []))
portfolio = [{'name': 'IBM', 'shares': 100, 'price': 91.1}, {'name': 'AAPL', 'shares': 50, 'price': 543.22},
             {'name': 'FB', 'shares': 200, 'price': 21.09}, {'name': 'HPQ', 'shares': 35, 'price': 31.75},
             {'name': 'YHOO', 'shares': 45, 'price': 16.35}, {'name': 'ACME', 'shares': 75, 'price': 115.65}]
print([s['name'] for s in heapq.nsmallest(3, portfolio, key=lambda s: s['price'])])
print([s['name'] for s in heapq.nlargest(3, portfolio, key=lambda s: s['shares'])])
pairs = [(1, 'a'), (3, 'b'), (1, 'c'), (3, 'd'), (2, 'e')]
print(heapq.nlargest(3, pairs, key=lambda p: p[0]), heapq.nsmallest(3, pairs, key=lambda p: p[0]))
print(heapq.nlargest(2, 'hello world'), heapq.nsmallest(4, iter(range(10, 0, -1))))
print(heapq.nlargest(2, [3, 1, 2], key=lambda x: -x), heapq.nsmallest(2, {5: 0, 1: 0, 3: 0}))
show(lambda: heapq.nsmallest(2.0, [3, 1, 2]))
show(lambda: heapq.nlargest(2, [3, 1, 'a']))
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 4, 2], reverse=True)), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge([(1, 'x'), (2, 'y')], [(1, 'a'), (2, 'b')], key=lambda t: t[0])))
print(list(heapq.merge([5, 3], [5, 1], key=lambda v: v, reverse=True)))
m = heapq.merge(iter([1, 4]), iter([2, 3]))
print(next(m), next(m), list(m))
