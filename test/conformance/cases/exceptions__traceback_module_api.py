import sys
import traceback

def level3(items):
    return items[5] + 1

def level2(items):
    return level3(items) * 2

def level1():
    return level2([1, 2, 3])

try:
    level1()
except IndexError as exc:
    caught = exc

tb = caught.__traceback__
summary = traceback.extract_tb(tb)
print(type(summary).__name__, len(summary))
for frame in summary:
    print(frame.name, frame.lineno, repr(frame.line), frame.filename == __file__)
first = summary[0]
print(first[2], len(first), list(first)[1:3])
print(repr(first).replace(__file__, 'FILE'))
print([name for _, _, name, _ in summary])
print(''.join(traceback.format_tb(tb)).replace(__file__, 'FILE'), end='')
print(''.join(traceback.format_tb(tb, limit=1)).replace(__file__, 'FILE'), end='')
print(''.join(traceback.format_tb(tb, limit=-1)).replace(__file__, 'FILE'), end='')
lines = traceback.format_exception(caught)
print(len(lines), lines[0], end='')
print(lines[-1], end='')
print(traceback.format_exception_only(caught))
print(traceback.format_exception_only(KeyError('k')))
print(traceback.format_exception_only(None))

def chained():
    try:
        {}['missing']
    except KeyError as e:
        raise ValueError('bad value') from e

try:
    chained()
except ValueError as e:
    text = ''.join(traceback.format_exception(e))
print(text.replace(__file__, 'FILE'), end='')

try:
    chained()
except ValueError as e:
    print(''.join(traceback.format_exception(e, chain=False)).replace(__file__, 'FILE'), end='')

te = traceback.TracebackException.from_exception(caught)
print(te.exc_type.__name__, str(te), len(te.stack), te.__cause__, te.__context__)
print(''.join(te.format_exception_only()), end='')
print(traceback.format_exc())

import io
buf = io.StringIO()
try:
    1 / 0
except ZeroDivisionError:
    traceback.print_exc(file=buf)
print(buf.getvalue().replace(__file__, 'FILE'), end='')

def show_stack():
    return traceback.format_stack()

def outer():
    return show_stack()

stack = outer()
print(len(stack) >= 3, stack[-1].replace(__file__, 'FILE'), end='')
print([f.name for f in traceback.extract_stack()][-1:])
fs = traceback.FrameSummary('file.py', 3, 'func', line='  x = 1  ')
print(fs.line, fs == ('file.py', 3, 'func', 'x = 1'))
print(traceback.format_list([('a.py', 1, 'f', 'pass'), fs]))
print([frame.f_code.co_name for frame, lineno in traceback.walk_tb(tb)])
traceback.print_exception(caught, file=sys.stdout)
