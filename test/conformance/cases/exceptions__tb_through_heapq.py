import heapq
heap = []
heapq.heappush(heap, (1, 'a'))
heapq.heappush(heap, (1, {'b': 2}))
print(heap[0])
heapq.heappush(heap, (1, {'c': 3}))
