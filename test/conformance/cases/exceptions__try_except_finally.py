def f(x):
    try:
        return 10 / x
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    else:
        print("no error")
    finally:
        print("finally")
print(f(0), f(5))
try:
    raise ValueError("a", 1)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e.args, str(e), repr(e))
try:
    try:
        raise KeyError("k")
    finally:
        print("inner finally")
except LookupError as e:
    print("lookup", repr(e), e)
class MyErr(Exception): pass
try:
    raise MyErr
except Exception as e:
    print(type(e), isinstance(e, MyErr), e.args)
for exc in [IndexError, KeyError, StopIteration, ArithmeticError]:
    print(exc.__name__, exc.__bases__[0].__name__)
try:
    int("x")
except ValueError as e:
    msg = str(e)
print(msg)
e = ValueError("kept")
print(e.__traceback__, e.__cause__, e.__context__)
raise MyErr("custom message")
