from collections import deque, Counter
d = deque([1])
print(d.popleft())
try:
    Counter([[1], [2]])
except TypeError as e:
    print(e)
d.popleft()
