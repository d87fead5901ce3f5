class C:
    __slots__ = ('a',)
    a = 1
