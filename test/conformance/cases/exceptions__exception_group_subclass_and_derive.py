class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + ' (derived)', excs)
eg = MyGroup('mine', [ValueError(1), KeyError(2)])
match, rest = eg.split(ValueError)
print(type(match).__name__, match.message, repr(rest))
print(eg.subgroup(lambda e: False), isinstance(eg, ExceptionGroup))
try:
    raise eg
except* KeyError as g:
    print('handled', type(g).__name__, g.message)
except* ValueError as g:
    print('handled', type(g).__name__, g.message)
