class Counter:
    def __init__(self, start=0, *, step=1):
        self.value = start
        self.step = step

    def make(self):
        def bump():
            self.value += self.step
            return self.value
        return bump

    def __repr__(self):
        return f"Counter({self.value!r})"


squares = {n: n * n for n in range(4) if n % 2}
