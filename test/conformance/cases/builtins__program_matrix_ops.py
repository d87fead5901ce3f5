def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
A = [[1, 2], [3, 4], [5, 6]]
B = [[7, 8, 9], [10, 11, 12]]
C = matmul(A, B)
for row in C:
    print(' '.join(f'{v:4d}' for v in row))
print(transpose(A), [[round(v / 3, 3) for v in row] for row in C][:1])
identity = [[int(i == j) for j in range(3)] for i in range(3)]
print(matmul(C, identity) == C)
