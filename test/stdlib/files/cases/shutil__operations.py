# shutil: copyfile, copy, copytree (ignore, dirs_exist_ok), move, rmtree and their errors.
import os
import shutil

os.makedirs('src/deep')
for name, text in (('src/a.txt', 'A'), ('src/b.log', 'B'), ('src/deep/c.txt', 'C')):
    with open(name, 'w') as f:
        f.write(text)
os.mkdir('dest')
print(shutil.copyfile('src/a.txt', 'copy.txt'), open('copy.txt').read())
print(shutil.copy('src/a.txt', 'dest'), shutil.copy2('src/b.log', 'dest/b2.log'), sorted(os.listdir('dest')))
print(shutil.copytree('src', 'tree'))
print(sorted(os.path.join(root, name) for root, dirs, files in os.walk('tree') for name in files))
print(shutil.copytree('src', 'filtered', ignore=shutil.ignore_patterns('*.log', 'deep')))
print(sorted(os.listdir('filtered')))
print(shutil.copytree('src', 'dest', dirs_exist_ok=True), sorted(os.listdir('dest')))
print(shutil.move('copy.txt', 'moved.txt'), os.path.exists('copy.txt'), open('moved.txt').read())
print(shutil.move('moved.txt', 'dest'), sorted(os.listdir('dest')))
print(shutil.move('filtered', 'tree'), sorted(os.listdir('tree')))
shutil.rmtree('tree')
print(os.path.exists('tree'), shutil.get_terminal_size((100, 40)))
import io
source = io.BytesIO(b'x' * 100000)
target = io.BytesIO()
shutil.copyfileobj(source, target, 4096)
print(len(target.getvalue()))

def attempt(label, action):
    try:
        print(label, 'ok', repr(action()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('same file', lambda: shutil.copyfile('src/a.txt', 'src/a.txt'))
attempt('copy to dir', lambda: shutil.copyfile('src/a.txt', 'dest'))
attempt('copy missing', lambda: shutil.copyfile('nope', 'b'))
attempt('copytree exists', lambda: shutil.copytree('src', 'dest'))
attempt('move exists', lambda: shutil.move('dest/moved.txt', 'dest'))
attempt('move missing', lambda: shutil.move('nope', 'x'))
attempt('rmtree missing', lambda: shutil.rmtree('nope'))
attempt('rmtree file', lambda: shutil.rmtree('src/a.txt'))
shutil.rmtree('nope', ignore_errors=True)
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))
