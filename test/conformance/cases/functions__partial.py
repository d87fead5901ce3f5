from functools import partial
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(4), cube(2), square.func is power, square.keywords, square.args)
two_to = partial(power, 2)
print([two_to(i) for i in range(5)])
print(partial(partial(power, 3), 2)())
