for i in range(3):
    if i == 1:
        continue
    print("i", i)
else:
    print("for-else")
n = 0
while n < 10:
    n += 3
    if n > 6:
        break
else:
    print("not printed")
print("n", n)
for i, ch in enumerate("ab"):
    for j in range(2):
        if j == 1:
            break
        print(i, ch, j)
print([i for i in range(10) if i % 3 == 0], list(range(10, 0, -3)), list(range(-5)))
x = 5
print("big" if x > 3 else "small", x > 3 and "yes" or "no", not x, x and 0, 0 or [] or "last")
