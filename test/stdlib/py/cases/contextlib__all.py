import contextlib
import io
import sys
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')


with tag('p') as value:
    print('inside', value)


def fails():
    with tag('div'):
        raise ValueError('boom')


show(fails)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))


with swallow():
    {}['missing']
print('after swallow')


@contextmanager
def no_yield():
    if False:
        yield


show(lambda: no_yield().__enter__())


@contextmanager
def two_yields():
    yield 1
    yield 2


def use_two():
    with two_yields():
        pass


show(use_two)


@tag('decorated')
def decorated(x):
    print('body', x)
    return x * 2


print(decorated(3), decorated(4), decorated.__name__, tag.__name__, tag.__wrapped__.__name__)
with suppress(KeyError, IndexError):
    [][1]
print('suppressed')


def not_suppressed():
    with suppress(KeyError):
        raise ValueError('kept')


show(not_suppressed)


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print('closing', self.name)


with closing(Resource('file')) as r:
    print('using', r.name)
with nullcontext(42) as n:
    print('null', n)
with nullcontext() as n:
    print('null', n)
buf = io.StringIO()
with redirect_stdout(buf):
    print('captured line')
    print('second')
print('buffer:', repr(buf.getvalue()))
with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ('a', 'b')]
    stack.callback(print, 'callback ran', 1)
    print('names', names)


def stack_error():
    with ExitStack() as stack:
        stack.callback(print, 'cleanup 1')
        stack.enter_context(tag('inner'))
        raise RuntimeError('in body')


show(stack_error)


def stack_suppress():
    with ExitStack() as stack:
        stack.enter_context(suppress(ZeroDivisionError))
        1 / 0
    return 'suppressed by stack'


show(stack_suppress)


def stack_replace():
    def bad_exit(*exc):
        raise KeyError('from exit')
    try:
        with ExitStack() as stack:
            stack.push(bad_exit)
            raise ValueError('original')
    except KeyError as e:
        return (repr(e), repr(e.__context__))


show(stack_replace)
with ExitStack() as outer:
    outer.callback(print, 'moved callback')
    moved = outer.pop_all()
print('outer done')
moved.close()
show(lambda: ExitStack().enter_context(object()))


class CM(contextlib.ContextDecorator):
    def __enter__(self):
        print('enter CM')
        return self

    def __exit__(self, *exc):
        print('exit CM', exc[0])
        return False


@CM()
def work():
    print('working')


work()
print(isinstance(nullcontext(), contextlib.AbstractContextManager), issubclass(io.StringIO, contextlib.AbstractContextManager))


@contextmanager
def transaction(log):
    log.append('begin')
    try:
        yield log
        log.append('commit')
    except Exception:
        log.append('rollback')
        raise


log = []
try:
    with transaction(log):
        raise KeyError('x')
except KeyError:
    pass
with transaction(log):
    pass
print(log)
