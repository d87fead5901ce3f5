async def f():
    return 1
c = f()
print(type(c).__name__, f.__name__)
import inspect
print(inspect.iscoroutinefunction(f), inspect.iscoroutine(c))
c.close()
