class Dyn:
    __match_args__ = ('a',)
    def __getattr__(self, name):
        if name == 'a':
            return 'dynamic a'
        raise AttributeError(name)
match Dyn():
    case Dyn(a='dynamic a'):
        print('matched through __getattr__')
match Dyn():
    case Dyn(b=_):
        print('no')
    case _:
        print('missing attribute -> no match')
