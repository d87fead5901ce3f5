def f(a, b=None, c=len('abc')):
    return a, b, c
print(f(1))
try:
    exec('def g(a=1, b): pass')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
