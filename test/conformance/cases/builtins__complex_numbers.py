z = complex(3, 4)
print(z, z.real, z.imag, abs(z), z.conjugate(), z * 1j, z / 2, complex('1+2j'), complex('-j'), complex(2))
print(z == 3 + 4j, z + 1, 2 * z, z ** 2, (1 + 1j) ** 0.5 if False else 0, repr(complex(0, -0.0)), complex(1.5, 0))
try:
    complex('bad')
except ValueError as e:
    print(e)
try:
    z < z
except TypeError as e:
    print(e)
int(z)
