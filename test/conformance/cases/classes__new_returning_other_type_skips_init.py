class A:
    def __init__(self):
        print('A init')
class Factory:
    def __new__(cls, kind):
        if kind == 'a':
            return A()
        return super().__new__(cls)
    def __init__(self, kind):
        print('Factory init', kind)
print(type(Factory('a')).__name__)
print(type(Factory('f')).__name__)
class Sub(Factory):
    pass
print(type(Sub('s')).__name__)
