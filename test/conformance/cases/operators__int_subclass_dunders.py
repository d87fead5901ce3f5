class Meters(int):
    def __repr__(self):
        return f'Meters({int(self)})'
    def __add__(self, other):
        return Meters(int(self) + int(other))
m = Meters(5)
print(m, repr(m), str(m), f'{m}', f'{m:>5}', m + 2, 2 + m, type(2 + m).__name__, m * 2, type(m * 2).__name__)
print(format(m, 'x'), '%d' % m, int(m) == 5, m == 5, hash(m) == hash(5))
