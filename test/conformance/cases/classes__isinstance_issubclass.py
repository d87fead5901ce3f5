class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, C), isinstance(1, (str, (int,))))
print(issubclass(B, A), issubclass(B, (C,)), issubclass(bool, int), issubclass(A, object))
try:
    issubclass(b, A)
except TypeError as e:
    print(e)
try:
    isinstance(b, 'A')
except TypeError as e:
    print(e)
