def log(tag, v):
    print(tag, v)
    return v
print([log('elt', x) for x in log('iter', [1, 2]) if log('cond', x) > 1])
