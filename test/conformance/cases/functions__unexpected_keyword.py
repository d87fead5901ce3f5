def f(a, b):
    pass
try:
    f(1, 2, c=3)
except TypeError as e:
    print(e)
try:
    f(1, a=2)
except TypeError as e:
    print(e)
class C:
    def method(self, x):
        pass
try:
    C().method(y=1)
except TypeError as e:
    print(e)
f(1, bb=2)
