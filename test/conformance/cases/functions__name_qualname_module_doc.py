def documented(x):
    """Return x unchanged.

    More details here.
    """
    return x
print(documented.__name__, documented.__qualname__, documented.__module__)
print(repr(documented.__doc__))
documented.__name__ = 'renamed'
print(documented.__name__, documented.__qualname__)
def nodoc(): pass
print(nodoc.__doc__)
class C:
    def m(self):
        'method doc'
print(C.m.__qualname__, C.m.__doc__, C().m.__name__, C().m.__doc__)
