class Base:
    items = []
    total = 0
class A(Base): pass
class B(Base): pass
A.items.append('a')
A.total += 1
print(B.items, A.total, B.total, Base.total, 'total' in A.__dict__)
