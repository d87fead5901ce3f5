def worker():
    yield 'step 1'
    yield 'step 2'
w = worker()
next(w)
w.throw(RuntimeError('injected'))
