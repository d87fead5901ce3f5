# glob and fnmatch over a small tree (results sorted: listing order is the filesystem's).
import fnmatch
import glob
import os

for d in ('a/b/c', '.hid'):
    os.makedirs(d)
for name in ('a/x.py', 'a/b/y.py', 'a/b/c/z.py', '.hid/h.py', 'top.py', '.dot.py', 'data1.csv', 'data2.csv', 'datax.csv'):
    open(name, 'w').close()

def show(*args, **kwargs):
    print(args, kwargs, sorted(glob.glob(*args, **kwargs)))

show('*')
show('*.py')
show('**', recursive=True)
show('**/*.py', recursive=True)
show('a/**', recursive=True)
show('a/**/', recursive=True)
show('**/', recursive=True)
show('a/*/')
show('*', include_hidden=True)
show('.*')
show('a/b/c/z.py')
show('nope')
show('a/[bx]*')
show('data[0-9].csv')
show('data?.csv')
show('data[!0-9].csv')
show('*', root_dir='a')
show('**', root_dir='a', recursive=True)
show('')
show('a//x.py')
show('**/*.py')
print(sorted(glob.iglob('a/*')), glob.escape('a*[b]?'), glob.has_magic('a*'), glob.has_magic('abc'))
print(fnmatch.fnmatch('A.TXT', '*.txt'), fnmatch.fnmatchcase('a.txt', '*.TXT'), fnmatch.filter(['a.py', 'b.txt', '.c.py'], '*.py'))
for pattern in ('*.txt', 'a?c', '[abc]x', '[!a-c]', '*a*b*', '[]]', '[!]]', '[', '[a-]', '[z-a]', 'x[^y]'):
    print(repr(pattern), repr(fnmatch.translate(pattern)), fnmatch.fnmatchcase(']', pattern), fnmatch.fnmatchcase('ab', pattern))
