print(callable(len), callable(int), callable(1), callable(lambda: 0), callable([].append))
print(len.__name__, int.__name__, type(len).__name__, str.upper.__name__, str.upper.__qualname__, type(str.upper).__name__)
print(int.__module__ if hasattr(int, '__module__') else '', len.__module__, type(None).__name__)
print(dir(5)[:3], 'append' in dir([]), 'keys' in dir({}))
