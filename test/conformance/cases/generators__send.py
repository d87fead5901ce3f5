def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
acc = accumulator()
print(acc.send(None), acc.send(5), acc.send(10), acc.send(1))
try:
    acc.send(None)
except StopIteration:
    print('finished')
g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print(e)
