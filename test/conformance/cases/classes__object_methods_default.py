class C:
    pass
a, b = C(), C()
print(a == a, a == b, a != b, hash(a) == hash(a), bool(a))
print(C.__eq__(a, b), C.__ne__(a, a), object.__lt__(a, b))
try:
    a < b
except TypeError as e:
    print(e)
print(str(a) == repr(a), format(5, ''), type(a.__str__()).__name__)
