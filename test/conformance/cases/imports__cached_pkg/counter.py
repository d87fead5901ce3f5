loads = 0
loads += 1
print('counter module body executed')
