data = [5, 12, 7, 20]
print([y for x in data if (y := x // 2) > 3], y)
def f():
    [last := v for v in range(4)]
    return last
print(f())
try:
    exec('[i := 0 for i in range(3)]')
except SyntaxError as e:
    print(e.msg)
