from contextlib import contextmanager
@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name
    finally:
        print(f'</{name}>')
with tag('div') as t:
    with tag('span'):
        print('content in', t)
try:
    with tag('p'):
        raise ValueError('inside')
except ValueError as e:
    print('caught', e)
