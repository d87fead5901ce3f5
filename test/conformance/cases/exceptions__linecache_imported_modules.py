import linecache
import imports__basic_package_pkg.util as util
import traceback

path = util.__file__
print(path.endswith('util.py'), repr(linecache.getline(path, 1)))
print(len(linecache.getlines(path)), linecache.getlines(path)[-1])
print(linecache.lazycache('<fake>', {}), linecache.lazycache(path, None))
try:
    util.double(None)
except TypeError as e:
    last = traceback.extract_tb(e.__traceback__)[-1]
    print(last.filename.endswith('util.py'), last.name, last.line)
entries = [k for k in linecache.cache if k.endswith('util.py')]
print(len(entries))
linecache.clearcache()
print(linecache.cache)
print(repr(linecache.getline(path, 2)))
