import linecache

first = linecache.getline(__file__, 1)
print(repr(first))
lines = linecache.getlines(__file__)
print(len(lines), lines[-1])
print(repr(linecache.getline(__file__, 0)), repr(linecache.getline(__file__, 10_000)))
print(repr(linecache.getline('definitely_missing_file.py', 1)))
print(linecache.getlines('<string>'))
linecache.checkcache(__file__)
linecache.clearcache()
print(repr(linecache.getline(__file__, 3)))
print(__file__ in linecache.cache)
# last line
