import os, sys as system
from collections import defaultdict
from . import sibling
from ..parent.module import (thing as other_thing,
                             another)

def function(positional, /, normal, *args, keyword_only=None, **kwargs) -> "return":
    global counter
    nonlocal_like = lambda x, *y, **z: (x, y, z)
    return None

async def coroutine():
    async with lock:
        await something()
    async for item in stream:
        yield item

class Klass(Base, metaclass=Meta):
    attribute: int = 0
    _private = __dunder__ = True

    @property
    def value(self):
        assert self is not None and not False or True
        del self.cache
        pass

try:
    raise ValueError("x") from None
except (TypeError, ValueError) as error:
    pass
except* OSError:
    continue_ = break_ = 1
else:
    pass
finally:
    pass

while True:
    break
for i in range(10):
    continue
with open("f") as f, open("g") as g:
    pass
match command.split():
    case [action, *rest] if action in ("go", "run"):
        pass
    case {"key": value, **others}:
        pass
    case Point(x=0, y=_) | None:
        pass
type = print
_ = 1
