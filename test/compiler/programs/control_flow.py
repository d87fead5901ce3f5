"""Loops, exceptions, with, generators and async."""
import contextlib


def loops(items):
    total = 0
    for i, item in enumerate(items):
        if item is None:
            continue
        elif item < 0:
            break
        total += item
    else:
        total = -total
    while total > 100:
        total //= 2
        if total == 7:
            break
    else:
        total += 1
    return total


def exceptions(value):
    try:
        result = 10 / value
    except ZeroDivisionError as error:
        result = str(error)
    except (TypeError, ValueError):
        result = None
        raise RuntimeError("bad") from None
    else:
        result = result * 2
    finally:
        value = None
    return result


def finally_return():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            if i == 1:
                continue
    return -1


def nested_try():
    try:
        try:
            raise KeyError("k")
        except KeyError as e:
            raise ValueError("v") from e
    except Exception as outer:
        return type(outer).__name__, type(outer.__cause__).__name__


def groups():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        kept = eg.exceptions
    except* TypeError:
        pass
    return kept


@contextlib.contextmanager
def managed(log):
    log.append("enter")
    try:
        yield log
    finally:
        log.append("exit")


def with_statements():
    log = []
    with managed(log) as a, managed(log):
        a.append("body")
    with contextlib.suppress(ZeroDivisionError):
        1 / 0
    return log


def generator(n):
    received = yield "start"
    for i in range(n):
        received = yield i * (received or 1)
    return (yield from range(2))


async def agen(n):
    for i in range(n):
        yield i


async def coroutine():
    async with contextlib.AsyncExitStack() as stack:
        values = [x async for x in agen(3)]
        async for value in agen(2):
            values.append(value)
    return values, await asyncio_sleep()


async def asyncio_sleep():
    return "slept"


def assertions(x):
    assert x, "x must be true"
    assert isinstance(x, int)
    del x


gen = generator(3)
print(loops([1, 2, None, 3]), exceptions(0), exceptions(4), finally_return(), nested_try())
print(groups(), with_statements(), next(gen), gen.send(2), list(gen))
