class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'V({self.x})'
    def __add__(self, o): return V(self.x + o.x)
    def __sub__(self, o): return V(self.x - o.x)
    def __mul__(self, k): return V(self.x * k)
    def __truediv__(self, k): return V(self.x / k)
    def __floordiv__(self, k): return V(self.x // k)
    def __mod__(self, k): return V(self.x % k)
    def __pow__(self, k): return V(self.x ** k)
    def __matmul__(self, o): return self.x * o.x
    def __divmod__(self, k): return (V(self.x // k), V(self.x % k))
a, b = V(7), V(2)
print(a + b, a - b, a * 3, a / 2, a // 2, a % 4, a ** 2, a @ b, divmod(a, 2))
