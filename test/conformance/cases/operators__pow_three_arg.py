print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3), pow(2.0, 3), pow(2, -1))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
class P:
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)
print(pow(P(), 2), pow(P(), 2, 5), P() ** 3)
