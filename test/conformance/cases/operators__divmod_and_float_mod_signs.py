print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(-7, -3))
print(divmod(7.0, 3), divmod(-7.0, 3), 5.5 % 2, -5.5 % 2, 5.5 % -2, 0.0 % 5, -0.0 % 5)
print(2 ** 0.5 * 2 ** 0.5, 10 ** -1, 1 / 3 * 3, 1e-1 + 2e-1)
