x = 10 ** 4301
s = str(x)
