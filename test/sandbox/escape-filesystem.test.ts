// The jailed host directory seen from Python: every entry point that takes a path (open, os.open,
// os.stat/lstat, listdir/scandir/walk, glob, pathlib, shutil copy/copytree/rmtree, rename, makedirs,
// chdir, readlink/symlink/link, realpath) stays inside the root; links pointing out are refused,
// `..` and absolute paths stop at the root, NUL bytes are rejected, host paths never appear in
// messages, and nothing outside changes. Complements node-directory-filesystem.test.ts.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';
import { NodeDirectoryFileSystem } from '../../src/sandbox/node-directory-filesystem.js';

let base = '';
let root = '';
let outside = '';

beforeAll(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'pyex-escape-fs-')));
  root = join(base, 'root');
  outside = join(base, 'outside');
  mkdirSync(join(root, 'sub'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.txt'), 'SECRET\n');
  writeFileSync(join(root, 'hello.txt'), 'hi\n');
  symlinkSync(join(outside, 'secret.txt'), join(root, 'link-out'));
  symlinkSync(outside, join(root, 'dir-out'));
  symlinkSync('../hello.txt', join(root, 'sub', 'link-in'));
});

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

const PROGRAM = [
  'import os, os.path, glob, shutil, pathlib, io',
  'def attempt(label, fn):',
  '    try:',
  "        print(label, '->', repr(fn()))",
  '    except Exception as e:',
  "        print(label, '!!', type(e).__name__, e)",
  "attempt('readlink out', lambda: os.readlink('link-out'))",
  "attempt('readlink dir', lambda: os.readlink('dir-out'))",
  "attempt('readlink in', lambda: os.readlink('sub/link-in'))",
  "attempt('realpath out', lambda: os.path.realpath('link-out'))",
  "attempt('realpath in', lambda: os.path.realpath('sub/link-in'))",
  "attempt('resolve out', lambda: str(pathlib.Path('link-out').resolve()))",
  "attempt('abspath', lambda: os.path.abspath('../../..'))",
  "attempt('islink', lambda: (os.path.islink('link-out'), os.path.exists('link-out'), os.path.isdir('dir-out')))",
  "attempt('lstat', lambda: os.lstat('link-out').st_size > 0)",
  "attempt('stat out', lambda: os.stat('link-out'))",
  "attempt('listdir root', lambda: sorted(os.listdir('/')))",
  "attempt('listdir dir-out', lambda: os.listdir('dir-out'))",
  "attempt('scandir', lambda: sorted((e.name, e.is_symlink(), e.is_file()) for e in os.scandir('.')))",
  "attempt('walk', lambda: [(p, sorted(d), sorted(f)) for p, d, f in os.walk('/', followlinks=True)])",
  "attempt('glob', lambda: sorted(glob.glob('**/*', recursive=True)))",
  "attempt('glob out', lambda: glob.glob('dir-out/*'))",
  "attempt('open out', lambda: open('link-out').read())",
  "attempt('open via dir', lambda: open('dir-out/secret.txt').read())",
  "attempt('open dotdot', lambda: open('sub/../../outside/secret.txt').read())",
  "attempt('open abs', lambda: open('/tmp/jail/outside/secret.txt').read())",
  "attempt('open proc', lambda: open('/proc/self/environ').read())",
  "attempt('open nul', lambda: open('hello.txt\\x00.png').read())",
  "attempt('os.open', lambda: os.open('link-out', os.O_RDONLY))",
  "attempt('chdir up', lambda: (os.chdir('../../..'), os.getcwd())[1])",
  "attempt('symlink out', lambda: os.symlink('/etc/passwd', 'new-link'))",
  "attempt('symlink rel out', lambda: os.symlink('../outside/secret.txt', 'new-link2'))",
  "attempt('link', lambda: os.link('link-out', 'hard'))",
  "attempt('copy out', lambda: shutil.copy('link-out', 'copied.txt'))",
  "attempt('copytree', lambda: shutil.copytree('dir-out', 'tree'))",
  "attempt('rename out', lambda: os.rename('hello.txt', 'dir-out/moved.txt'))",
  "attempt('write through link', lambda: open('link-out', 'w').write('x'))",
  "attempt('rmtree link', lambda: shutil.rmtree('dir-out'))",
  "attempt('remove link', lambda: os.remove('link-out'))",
  "attempt('after', lambda: sorted(os.listdir('.')))",
  "attempt('mkdir out', lambda: os.makedirs('dir-out/newdir'))",
  "attempt('pathlib read', lambda: pathlib.Path('dir-out/secret.txt').read_text())",
  "attempt('pathlib glob', lambda: sorted(str(p) for p in pathlib.Path('.').rglob('*')))",
].join('\n');

describe('escaping the jailed directory from Python', () => {
  it('every path entry point stays inside the root and reveals no host path', () => {
    const filesystem = new NodeDirectoryFileSystem({ root, writable: true });
    // The program names the outside directory by its host path too (it must not be found).
    const source = PROGRAM.replace('/tmp/jail/outside', outside);
    const result = run(source, { filename: 'main.py', filesystem });
    filesystem.closeAll();
    const expectedOut = [
      'readlink out !! PermissionError [Errno 1] Operation not permitted (no file-descriptor or ownership operations: os.readlink is not available in the sandbox)',
      'readlink dir !! PermissionError [Errno 1] Operation not permitted (no file-descriptor or ownership operations: os.readlink is not available in the sandbox)',
      'readlink in !! PermissionError [Errno 1] Operation not permitted (no file-descriptor or ownership operations: os.readlink is not available in the sandbox)',
      "realpath out -> '/link-out'",
      "realpath in -> '/sub/link-in'",
      "resolve out -> '/link-out'",
      "abspath -> '/'",
      'islink -> (False, False, False)',
      "lstat !! PermissionError [Errno 13] Permission denied (a symbolic link points outside the sandbox): 'link-out'",
      "stat out !! PermissionError [Errno 13] Permission denied (a symbolic link points outside the sandbox): 'link-out'",
      "listdir root -> ['dir-out', 'hello.txt', 'link-out', 'sub']",
      "listdir dir-out !! PermissionError [Errno 13] Permission denied (a symbolic link points outside the sandbox): 'dir-out'",
      "scandir -> [('dir-out', False, False), ('hello.txt', False, True), ('link-out', False, False), ('sub', False, False)]",
      "walk -> [('/', ['sub'], ['dir-out', 'hello.txt', 'link-out']), ('/sub', [], ['link-in'])]",
      "glob -> ['dir-out', 'hello.txt', 'link-out', 'sub', 'sub/link-in']",
      'glob out -> []',
      "open out !! PermissionError [Errno 13] Permission denied (a symbolic link points outside the sandbox): 'link-out'",
      "open via dir !! PermissionError [Errno 13] Permission denied (a symbolic link points outside the sandbox): 'dir-out/secret.txt'",
      "open dotdot !! FileNotFoundError [Errno 2] No such file or directory: 'sub/../../outside/secret.txt'",
      "open abs !! FileNotFoundError [Errno 2] No such file or directory: '/tmp/jail/outside/secret.txt'",
      "open proc !! FileNotFoundError [Errno 2] No such file or directory: '/proc/self/environ'",
      'open nul !! ValueError embedded null byte',
      "os.open !! PermissionError [Errno 13] Permission denied (a symbolic link points outside the sandbox): 'link-out'",
      "chdir up -> '/'",
      'symlink out !! PermissionError [Errno 1] Operation not permitted (no file-descriptor or ownership operations: os.symlink is not available in the sandbox)',
      'symlink rel out !! PermissionError [Errno 1] Operation not permitted (no file-descriptor or ownership operations: os.symlink is not available in the sandbox)',
      'link !! PermissionError [Errno 1] Operation not permitted (no file-descriptor or ownership operations: os.link is not available in the sandbox)',
      "copy out !! PermissionError [Errno 13] Permission denied (a symbolic link points outside the sandbox): 'link-out'",
      "copytree !! PermissionError [Errno 13] Permission denied (a symbolic link points outside the sandbox): 'dir-out'",
      "rename out !! PermissionError [Errno 13] Permission denied (a symbolic link points outside the sandbox): 'hello.txt' -> 'dir-out/moved.txt'",
      "write through link !! PermissionError [Errno 13] Permission denied (a symbolic link points outside the sandbox): 'link-out'",
      "rmtree link !! PermissionError [Errno 13] Permission denied (a symbolic link points outside the sandbox): 'dir-out'",
      "remove link !! PermissionError [Errno 13] Permission denied (a symbolic link points outside the sandbox): 'link-out'",
      "after -> ['dir-out', 'hello.txt', 'link-out', 'sub']",
      "mkdir out !! PermissionError [Errno 13] Permission denied (a symbolic link points outside the sandbox): 'dir-out'",
      "pathlib read !! PermissionError [Errno 13] Permission denied (a symbolic link points outside the sandbox): 'dir-out/secret.txt'",
      "pathlib glob -> ['dir-out', 'hello.txt', 'link-out', 'sub', 'sub/link-in']",
      '',
    ].join('\n');
    expect({ stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode }).toEqual({
      stdout: expectedOut.replace('/tmp/jail/outside', outside),
      stderr: '',
      exitCode: 0,
    });
    expect({
      outside: readdirSync(outside),
      secret: readFileSync(join(outside, 'secret.txt'), 'utf8'),
      root: readdirSync(root).sort(),
    }).toEqual({
      outside: ['secret.txt'],
      secret: 'SECRET\n',
      root: ['dir-out', 'hello.txt', 'link-out', 'sub'],
    });
  });
});
