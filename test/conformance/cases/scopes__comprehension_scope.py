x = 'outer'
result = [x for x in range(3)]
print(result, x)
gen_vals = list(x * 2 for x in 'ab')
print(gen_vals, x)
print({x: x for x in 'cd'}, x)
print([[x, y] for x in range(2) for y in range(x + 1)])
items = [[1, 2], [3]]
print([v for row in items for v in row])
