# tempfile: temporary directories and files (names are random: only their shape is printed).
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), os.path.isabs(d), os.path.basename(d).startswith('tmp'))
    path = os.path.join(d, 'x.txt')
    with open(path, 'w') as f:
        f.write('temporary')
    print(open(path).read())
print(os.path.exists(d))
t = tempfile.TemporaryDirectory(prefix='job-', suffix='.d')
name = os.path.basename(t.name)
print(name.startswith('job-'), name.endswith('.d'), os.path.isdir(t.name))
t.cleanup()
print(os.path.exists(t.name))
with tempfile.NamedTemporaryFile('w+', suffix='.csv') as f:
    print(f.write('a,b\n'), f.mode, f.name.endswith('.csv'), os.path.exists(f.name))
    f.seek(0)
    print(f.read())
print(os.path.exists(f.name))
f = tempfile.NamedTemporaryFile(delete=False)
f.write(b'kept')
f.close()
print(open(f.name, 'rb').read(), f.closed)
os.remove(f.name)
fd, path = tempfile.mkstemp(suffix='.bin', prefix='p')
print(isinstance(fd, int), os.path.basename(path).startswith('p'), path.endswith('.bin'))
os.write(fd, b'12345')
os.close(fd)
print(open(path, 'rb').read())
d = tempfile.mkdtemp()
print(os.path.isdir(d), os.listdir(d))
os.rmdir(d)
with tempfile.TemporaryFile() as f:
    f.write(b'anonymous')
    f.seek(0)
    print(f.read())
print(tempfile.gettempprefix(), os.path.isdir(tempfile.gettempdir()))
with tempfile.SpooledTemporaryFile() as s:
    s.write(b'spooled')
    s.seek(0)
    print(s.read())
