def gen():
    yield 1
import inspect
print(inspect.isgeneratorfunction(gen), type(gen()).__name__, gen.__name__)
print(gen().__name__ if hasattr(gen(), '__name__') else None, gen().__qualname__)
