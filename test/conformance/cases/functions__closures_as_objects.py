def make_acc():
    total = []
    def acc(v):
        total.append(v)
        return sum(total)
    return acc
a = make_acc()
b = make_acc()
a(1); a(2)
print(a(3), b(10))
