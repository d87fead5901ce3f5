def square(v):
    print('square', v)
    return v * v
m = map(square, [1, 2, 3])
print('map created')
print(next(m))
f = filter(lambda v: v % 2, m)
print(list(f))
