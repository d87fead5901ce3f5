class C:
    items = [1, 2, 3]
    total = sum(items)
    def method(self):
        return [i * 2 for i in self.items]
    pairs = [(a, b) for a in items for b in range(a)]
print(C.total, C().method(), C.pairs)
