class Counter:
    created = 0
    def __init__(self):
        Counter.created += 1
    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]
    @staticmethod
    def describe(x):
        return f'value {x}'
Counter.make(3)
print(Counter.created, Counter.describe(1), Counter().describe(2))
class Sub(Counter):
    pass
print(type(Sub.make(1)[0]).__name__)
print(isinstance(Counter.__dict__['make'], classmethod), isinstance(Counter.__dict__['describe'], staticmethod))
