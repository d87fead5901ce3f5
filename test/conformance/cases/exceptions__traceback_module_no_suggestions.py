# Python 3.11's traceback module adds no "Did you mean" suggestions (the interpreter's own printer
# does), and format_exception(type, value, tb) shows the frames of the tb it is given, for
# exception groups too.
import traceback


class Point:
    def __init__(self):
        self.value = 1


def show(f):
    try:
        f()
    except BaseException as e:
        print(''.join(traceback.format_exception(type(e), e, e.__traceback__.tb_next)), end='')
        print(traceback.format_exception_only(type(e), e))


def attribute():
    Point().valeu


def name():
    lenght = 3
    return lengt


def builtin_name():
    return abss(1)


def method():
    'abc'.uper()


def group():
    raise ExceptionGroup('eg', [ValueError(1), TypeError('t')])


for f in [attribute, name, builtin_name, method, group]:
    show(f)
try:
    group()
except ExceptionGroup as e:
    traceback.print_exception(e, limit=None)
    print(''.join(traceback.format_exception(type(e), e, None)))
Point().valeu
