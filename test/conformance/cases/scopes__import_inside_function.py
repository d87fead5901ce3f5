def use_math():
    import math
    return math.floor(2.7)
print(use_math())
print('math' in globals())
def from_import():
    from math import sqrt as root
    return root(16)
print(from_import())
