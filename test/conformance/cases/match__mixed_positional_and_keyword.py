class V:
    __match_args__ = ('a', 'b')
    def __init__(self, a, b, c):
        self.a, self.b, self.c = a, b, c
match V(1, 2, 3):
    case V(1, b=2, c=3):
        print('mixed matched')
try:
    match V(1, 2, 3):
        case V(1, a=1):
            pass
except TypeError as e:
    print(e)
