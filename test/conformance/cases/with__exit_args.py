import sys
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(et, type(ev).__name__, ev.args if ev else None, tb is not None)
        return True
with Inspect():
    raise ValueError('detail', 42)
with Inspect():
    pass
