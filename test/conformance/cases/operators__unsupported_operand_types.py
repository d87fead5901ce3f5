try:
    [] - []
except TypeError as e:
    print(e)
try:
    {} + {}
except TypeError as e:
    print(e)
try:
    None + 1
except TypeError as e:
    print(e)
try:
    1 @ 2
except TypeError as e:
    print(e)
try:
    'a' ** 2
except TypeError as e:
    print(e)
try:
    pow(2, 'x')
except TypeError as e:
    print(e)
class A: pass
A() / A()
