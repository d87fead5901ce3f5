# Walks the object graph reachable from object.__subclasses__(), builtins, sys and a frame through
# every attribute dir() lists: every value reached is a Python object with a Python type.
import sys, builtins
seen = set()
queue = [object, builtins, sys, sys._getframe(), type, (lambda: 0)]
queue.extend(object.__subclasses__())
kinds = set()
steps = 0
SKIP = {'__subclasses__', '__del__', 'clear', 'close', 'exit', 'quit'}
while queue and steps < 3000:
    obj = queue.pop()
    if id(obj) in seen:
        continue
    seen.add(id(obj))
    steps += 1
    kinds.add(type(type(obj)).__name__ in ('type', 'ABCMeta', 'EnumMeta', 'EnumType'))
    try:
        names = dir(obj)
    except Exception:
        continue
    for name in names:
        if name in SKIP:
            continue
        try:
            value = getattr(obj, name)
        except Exception:
            continue
        if isinstance(value, (int, float, str, bytes, bool)) or value is None:
            continue
        queue.append(value)
print(steps > 500, kinds)
