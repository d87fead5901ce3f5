class U:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'invert'
    def __abs__(self): return 'abs'
u = U()
print(-u, +u, ~u, abs(u))
print(-5, +5, ~5, -(-5), ~-1, -0.0, -True, +False, ~False)
try:
    -'x'
except TypeError as e:
    print(e)
try:
    ~1.5
except TypeError as e:
    print(e)
abs([])
