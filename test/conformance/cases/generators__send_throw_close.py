def g():
    try:
        x = yield 1
        print("received", x)
        yield 2
    except ValueError as e:
        print("thrown in:", e)
        yield 99
    finally:
        print("cleanup")
it = g()
print(next(it), it.send("hello"), it.throw(ValueError("boom")))
it.close()
def gen2():
    yield 1
it2 = gen2(); print(list(it2), list(it2))
def stopper():
    yield 1
    raise StopIteration
print(list(stopper()))
