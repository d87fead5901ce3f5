class C:
    count = 0
    @classmethod
    def inc(cls):
        cls.count += 1
        return cls.count
c = C()
print(c.inc(), C.inc(), c.count)
class D(C):
    pass
print(D.inc(), C.count, D.count)
