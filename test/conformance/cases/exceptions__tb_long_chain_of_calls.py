def f1(x): return f2(x) + 1
def f2(x): return f3(x) + 1
def f3(x): return f4(x) + 1
def f4(x): return f5(x) + 1
def f5(x): return x['missing']
f1({})
