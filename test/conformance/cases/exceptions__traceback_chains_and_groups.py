import traceback

def parse(text):
    try:
        return int(text)
    except ValueError:
        raise RuntimeError(f'cannot parse {text!r}')

try:
    parse('x')
except RuntimeError as e:
    print(''.join(traceback.format_exception(e)), end='')
    te = traceback.TracebackException.from_exception(e)
    print(te.__context__.exc_type.__name__, te.__cause__, te.__suppress_context__)

try:
    try:
        raise KeyError('inner')
    except KeyError:
        raise TypeError('outer') from None
except TypeError as e:
    print(''.join(traceback.format_exception(e)), end='')

def fail(n):
    raise ValueError(f'task {n}')

errors = []
for n in range(2):
    try:
        fail(n)
    except ValueError as e:
        errors.append(e)
group = ExceptionGroup('several', errors)
print(''.join(traceback.format_exception(group)), end='')
try:
    raise group
except ExceptionGroup as e:
    print(''.join(traceback.format_exception(e)), end='')

err = ValueError('with note')
err.add_note('extra context')
print(traceback.format_exception_only(err))
syn = SyntaxError('invalid syntax', ('snippet.py', 3, 5, 'x = (1,\n', 3, 7))
print(''.join(traceback.format_exception_only(syn)), end='')
print(traceback.format_exception_only(NameError("name 'undefined_thing' is not defined")))
