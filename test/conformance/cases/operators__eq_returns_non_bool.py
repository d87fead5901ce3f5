class Weird:
    def __eq__(self, o):
        return 'truthy string'
    def __lt__(self, o):
        return [1]
print(Weird() == 1, Weird() < 2, bool(Weird() < 3))
print([Weird()] == [1])
class Falsy:
    def __eq__(self, o):
        return 0
print(Falsy() == 1, [Falsy()] == [1], Falsy() in [1])
