# Builtins taking exactly one argument (METH_O) and none (METH_NOARGS) word their arity errors as
# CPython does.
calls = [
    lambda: callable(), lambda: callable(1, 2), lambda: id(), lambda: hash(1, 2), lambda: repr(),
    lambda: ascii(1, 2), lambda: globals(1), lambda: locals(1, 2), lambda: aiter(),
    lambda: callable(x=1), lambda: repr(obj=1),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
