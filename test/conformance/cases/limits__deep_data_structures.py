nested = []
cur = nested
for _ in range(500):
    nxt = []
    cur.append(nxt)
    cur = nxt
depth = 0
cur = nested
while cur:
    cur = cur[0]
    depth += 1
print(depth)
big = list(range(200000))
print(len(big), sum(big), big[-1])
s = 'x' * 1000000
print(len(s), s.count('x'))
d = {i: i for i in range(100000)}
print(len(d), d[99999])
