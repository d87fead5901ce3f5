class AlwaysEq:
    def __eq__(self, o):
        return True
print(AlwaysEq() in [1], 5 in [AlwaysEq()], 'x' in (AlwaysEq(),), AlwaysEq() in {1: 2} if False else 'skip')
class Never:
    def __eq__(self, o):
        return False
n = Never()
print(n in [n], [n].count(n), [n].index(n))
