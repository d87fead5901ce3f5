# len() and indexing of strs grown by += (ASCII, BMP and astral parts), as the VM's concatenation records them.
s = ''
n = 0
for i in range(100_000):
    s += 'ab'
    n += len(s)
print(n, len(s))
t = ''
for i in range(30_000):
    t += 'a\u4e00'
    n += len(t)
u = ''
for i in range(3000):
    u += '\U0001f600x'
    n += len(u) + (u[-1] == 'x')
print(n, len(t), len(u), u[-2] == '\U0001f600')
