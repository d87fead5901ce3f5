# Compiler test program: async_and_groups (code shapes, positions and bytecode soundness are checked against CPython).
class Sleep:
    def __await__(self):
        yield "tick"

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen(n):
    for i in range(n):
        yield i
        await Sleep()

class ACM:
    async def __aenter__(self):
        print("aenter"); return "ctx"
    async def __aexit__(self, *a):
        print("aexit", a[0].__name__ if a[0] else None); return False

async def co(x):
    await Sleep()
    return x * 2

async def main():
    async with ACM() as c:
        print(c)
    out = [x async for x in agen(3)]
    async for v in agen(2):
        out.append(v * 10)
    print(out, [await co(1), await co(2)])
    try:
        async with ACM():
            raise KeyError("k")
    except KeyError:
        print("propagated")
    return "main done"

print(run(main()))

def eg():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("values", [str(x) for x in e.exceptions])
    except* TypeError as e:
        print("types", [str(x) for x in e.exceptions])
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
        except* ValueError:
            print("handled values")
    except* KeyError as rest:
        print("rest", type(rest).__name__, [repr(x) for x in rest.exceptions])
eg()
