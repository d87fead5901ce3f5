data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) % 2 == 0])
if (n := sum(data)) > 20:
    print('sum is', n)
print((a := 3) * (b := 4) + a + b)
