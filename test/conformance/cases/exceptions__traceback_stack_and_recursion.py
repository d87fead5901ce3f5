import traceback

def recurse(n):
    if n == 0:
        raise RecursionError('bottom reached')
    return recurse(n - 1)

try:
    recurse(6)
except RecursionError as e:
    print(''.join(traceback.format_tb(e.__traceback__)), end='')
    summary = traceback.extract_tb(e.__traceback__)
    print(len(summary), summary[-1].name, summary[-1].lineno)
    print(''.join(summary.format()), end='')

def a():
    return b()

def b():
    return traceback.extract_stack()

stack = a()
print([frame.name for frame in stack][-3:])
print([frame.line for frame in stack][-2:])
s = traceback.StackSummary.from_list([('f.py', 1, 'one', 'x = 1'), ('f.py', 2, 'two', None)])
print(s.format())
print(s[0].filename, s[1].line)
fs = traceback.FrameSummary('g.py', 9, 'fn', lookup_line=False, locals={'a': [1, 2]})
print(fs.locals, fs.line, repr(fs))
import io
buf = io.StringIO()
def show():
    traceback.print_stack(file=buf, limit=1)
show()
print(buf.getvalue().count('File'), 'show()' in buf.getvalue())
try:
    {}['missing']
except KeyError as e:
    frames = list(traceback.walk_tb(e.__traceback__))
    print(len(frames), frames[0][1])
    print(traceback.format_exc(limit=0), end='')
