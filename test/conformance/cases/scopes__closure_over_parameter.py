def multiplier(n):
    return lambda v: v * n
double, triple = multiplier(2), multiplier(3)
print(double(5), triple(5))
def adders():
    return {name: (lambda v, k=k: v + k) for name, k in [('one', 1), ('ten', 10)]}
a = adders()
print(a['one'](1), a['ten'](1))
