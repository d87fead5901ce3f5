try:
    exec('[(yield x) for x in range(3)]')
except SyntaxError as e:
    print(e.msg)
def g():
    return [x for x in (yield)]
gen = g()
next(gen)
try:
    gen.send([1, 2])
except StopIteration as e:
    print(e.value)
