# Big-integer arithmetic: factorials, powers, modular reduction, Fibonacci and digit sums.
checks = []
for round_ in range(12):
    f = 1
    for i in range(1, 3000 + round_):
        f *= i
    checks.append(f.bit_length())
    x = 3 ** (20000 + round_)
    checks.append((x % 1_000_000_007, (x // 7 ** 3000) % 1000, pow(x, 65537, 10**40 + 7)))
    a, b = 0, 1
    for _ in range(20000):
        a, b = b, a + b
    checks.append(a.bit_length() + round_)
    checks.append(sum(int(d) for d in str(f % 10**4000)[::7]))
print(checks[:4], len(checks), sum(c if isinstance(c, int) else c[0] for c in checks))
