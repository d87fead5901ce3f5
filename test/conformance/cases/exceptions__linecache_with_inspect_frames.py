import inspect
import linecache

def where():
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame, context=3)
    return info.lineno, info.function, [line.strip() for line in info.code_context], info.index

print(where())
caller = inspect.getframeinfo(inspect.currentframe().f_back or inspect.currentframe())
print(caller.function, caller.code_context)
def outer():
    return inner()
def inner():
    return [(fi.function, fi.code_context[0].strip()) for fi in inspect.stack()[:3]]
print(outer())
try:
    {}['k']
except KeyError:
    records = inspect.trace()
    print(len(records), records[0].function, records[0].code_context[0].strip())
src_line = linecache.getline(__file__, where()[0])
print(src_line.strip())
print(inspect.getlineno(inspect.currentframe()))
