# Big-integer arithmetic: factorial, powers, and digit sums.
f = 1
for i in range(1, 3000):
    f *= i
print(f.bit_length())
x = 3 ** 20000
print(x % 1_000_000_007, (x // 7 ** 3000) % 1000)
a, b = 0, 1
for _ in range(20000):
    a, b = b, a + b
print(a.bit_length())
