class C:
    def __init__(self):
        self._x = 0
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 2
    x = property(getx, setx, None, 'the x property')
c = C()
c.x = 5
print(c.x, C.x.__doc__)
class D:
    @property
    def doc_from_getter(self):
        """getter doc"""
        return 1
print(D.doc_from_getter.__doc__)
