def outer():
    calls = 0
    class Tracker:
        def hit(self):
            nonlocal calls
            calls += 1
            return calls
    t = Tracker()
    t.hit(); t.hit()
    return calls
print(outer())
