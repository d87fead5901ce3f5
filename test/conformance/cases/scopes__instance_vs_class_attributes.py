class C:
    shared = []
    count = 0
    def __init__(self):
        self.own = []
        self.count += 1
a, b = C(), C()
a.shared.append('a')
a.own.append('a')
print(b.shared, b.own, a.count, C.count)
a.shared = ['replaced']
print(a.shared, b.shared, C.shared)
del a.shared
print(a.shared)
print(sorted(vars(a)))
