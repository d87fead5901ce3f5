print('a: start')
A_VALUE = 'a value'
from . import b
B_VALUE_AT_IMPORT = b.B_VALUE
def from_b():
    return b.use_a()
print('a: end')
