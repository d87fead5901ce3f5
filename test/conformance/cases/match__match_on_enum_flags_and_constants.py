import enum
class Status(enum.IntEnum):
    OK = 200
    NOT_FOUND = 404
def f(code):
    match code:
        case Status.OK:
            return 'ok'
        case Status.NOT_FOUND:
            return 'not found'
        case int(c) if 500 <= c < 600:
            return 'server error'
    return 'unknown'
print(f(200), f(Status.NOT_FOUND), f(503), f(302))
