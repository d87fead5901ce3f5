class M:
    def __matmul__(self, o):
        return 'matmul'
print(M() @ M())
try:
    M() @ 1 if False else 1 @ M()
except TypeError as e:
    print(e)
x = M()
x @= M()
print(x)
