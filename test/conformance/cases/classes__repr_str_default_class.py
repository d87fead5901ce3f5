class Plain:
    pass
print(repr(Plain), str(Plain), Plain.__name__)
class WithRepr:
    def __repr__(self):
        return 'WithRepr()'
print(WithRepr(), str(WithRepr()), [WithRepr()], f'{WithRepr()}', f'{WithRepr()!r}')
class WithStr:
    def __str__(self):
        return 'str form'
    def __repr__(self):
        return 'repr form'
print(WithStr(), [WithStr()], (WithStr(),), {'k': WithStr()}, f'{WithStr()!s:>10}')
