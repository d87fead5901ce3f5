class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq.__hash__ is None)
try:
    {OnlyEq()}
except TypeError as e:
    print(e)
class Both:
    def __eq__(self, o):
        return isinstance(o, Both)
    def __hash__(self):
        return 7
print(len({Both(), Both()}), hash(Both()))
class Inherit(Both):
    pass
print(hash(Inherit()))
class Override(Both):
    def __eq__(self, o):
        return False
print(Override.__hash__)
print(hash(1) == hash(1.0) == hash(True), hash('') == 0 if False else True, hash(-1), hash(-2))
