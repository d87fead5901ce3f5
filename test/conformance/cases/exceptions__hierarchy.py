for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnboundLocalError,
            ModuleNotFoundError, RecursionError, NotImplementedError, StopIteration,
            KeyboardInterrupt, SystemExit, GeneratorExit, UnicodeDecodeError, TimeoutError, BaseExceptionGroup]:
    print(cls.__name__, [k.__name__ for k in cls.__mro__])
print(issubclass(OSError, Exception), IOError is OSError, EnvironmentError is OSError)
