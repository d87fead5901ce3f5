from contextlib import ExitStack, contextmanager
@contextmanager
def res(name):
    print('acquire', name)
    try:
        yield name
    finally:
        print('release', name)
try:
    with ExitStack() as stack:
        names = [stack.enter_context(res(n)) for n in 'abc']
        print('have', names)
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
