import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Const:
    LIMIT = 10
def f(v):
    match v:
        case Color.RED:
            return 'red'
        case Color.GREEN:
            return 'green'
        case Const.LIMIT:
            return 'at limit'
    return 'other'
print(f(Color.RED), f(Color.GREEN), f(10), f(1))
