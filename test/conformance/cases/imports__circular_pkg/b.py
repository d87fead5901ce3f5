print('b: start')
from . import a
B_VALUE = 'b value'
def use_a():
    return 'b sees ' + a.A_VALUE
print('b: end, a has A_VALUE:', hasattr(a, 'A_VALUE'), 'from_b:', hasattr(a, 'from_b'))
