def sample(a, b=1, *args, c, **kw):
    local = a + b
    return local
co = sample.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_varnames[:6])
print(co.co_filename.endswith('.py'), co.co_firstlineno, bool(co.co_flags & 0x04), bool(co.co_flags & 0x08))
