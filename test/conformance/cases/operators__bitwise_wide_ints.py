# & | ^ << >> on ints past 32 bits and around 2**53 (where the VM's exact number paths end and big
# ints begin), negative ones included, and shift counts up to and past 64.
values = [0, 1, -1, 5, -5, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**32 - 1, 2**32, -2**32,
          2**40 + 12345, -(2**40) - 777, 2**52 - 3, -(2**52) + 9, 2**53 - 1, -(2**53) + 1, 2**53,
          2**60 + 5, -(2**60), 123456789012345, -98765432109876]
for a in values:
    print(a, [(a & b, a | b, a ^ b) for b in values[::3]])
    print(a, [a >> count for count in (0, 1, 3, 31, 32, 33, 52, 53, 54, 63, 64, 100)])
    print(a, [a << count for count in (0, 1, 3, 21, 22, 31, 32, 52, 53, 54)])
    x = y = z = a
    x &= 2**45 - 1
    y |= -(2**35)
    z ^= 2**50 + 3
    print(x, y, z)
for bad in (-1, -2**40):
    for operation in (lambda: 1 << bad, lambda: 1 >> bad, lambda: 2**40 >> bad):
        try:
            operation()
        except ValueError as error:
            print(error)


def mix(n):
    total = 0
    for i in range(n):
        total += (i * i) ^ (i >> 3)
        total ^= i << 20
    return total


print(mix(3000))
print(1.5 if (2**40 & 1) else 2**40 & 2**40, True & 2**40, (2**40) | True)
