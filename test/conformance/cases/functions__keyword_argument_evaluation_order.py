def log(v):
    print('eval', v)
    return v
def f(*args, **kw):
    return args, kw
print(f(log(1), log(2), k=log(3), *[log(4)], **{'z': log(5)}))
