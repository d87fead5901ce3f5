decorators = [lambda f: (lambda: f() + 1)]
@decorators[0]
def one():
    return 1
print(one())
class NS:
    @staticmethod
    def deco(f):
        return lambda: f() * 10
@NS.deco
def two():
    return 2
print(two())
@(lambda f: f)
def three():
    return 3
print(three())
