def f(*args):
    return args, type(args).__name__
print(f(), f(1), f(1, 2, 3), f(*range(4)), f(*'ab', *[1]))
def g(first, *rest):
    return first, rest
print(g(1), g(1, 2, 3))
def total(*nums, start=0):
    return start + sum(nums)
print(total(1, 2, 3), total(1, 2, start=10))
