import inspect
def f(a, b=2, *args, c, d=4, **kw) -> int:
    pass
sig = inspect.signature(f)
print(sig)
print([(p.name, str(p.kind)) for p in sig.parameters.values()])
