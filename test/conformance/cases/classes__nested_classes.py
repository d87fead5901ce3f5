class Outer:
    class Inner:
        value = 'inner'
        class Deep:
            pass
    def make(self):
        return self.Inner()
print(Outer.Inner.value, Outer().make().value, Outer.Inner.Deep.__qualname__)
print(repr(Outer.Inner.Deep))
