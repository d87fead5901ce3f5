class A:
    x = 'A.x'
class B(A):
    pass
b = B()
print(b.x)
B.x = 'B.x'
print(b.x)
b.x = 'instance x'
print(b.x, B.x, A.x)
del B.x
del b.x
print(b.x)
