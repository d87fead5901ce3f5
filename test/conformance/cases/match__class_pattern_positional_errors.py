class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
class Two:
    __match_args__ = ('a',)
    a = 1
try:
    match Two():
        case Two(1, 2):
            pass
except TypeError as e:
    print(e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(e)
match 5:
    case len():
        pass
