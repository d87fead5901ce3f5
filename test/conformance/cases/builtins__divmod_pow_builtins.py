print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(3, 4), pow(3, 4, 5), pow(2, -2), pow(-8, 1/3) if False else 0)
print(pow(0, 0), pow(0.0, 0), 2 ** -1, (-2) ** 2, -2 ** 2, 10 ** 0)
try:
    divmod('a', 1)
except TypeError as e:
    print(e)
