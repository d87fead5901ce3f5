// The jailed host directory: escape attempts (.., absolute paths, symbolic links out of the root,
// dangling links, NUL bytes, very long paths) each give an exact error, host paths never show,
// read-only mode refuses writes, and files the program leaves open are flushed by closeAll().

import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FsError, READ_ONLY } from '../../src/sandbox/filesystem.js';
import { NodeDirectoryFileSystem } from '../../src/sandbox/node-directory-filesystem.js';
import { lastErrorLine, runSandboxed } from './run-sandboxed.js';

let base: string;
let root: string;
let outside: string;

beforeAll(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'pyex-jail-')));
  root = join(base, 'root');
  outside = join(base, 'outside');
  mkdirSync(join(root, 'sub'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(root, 'hello.txt'), 'hello from the jail\n');
  writeFileSync(join(root, 'sub', 'inner.txt'), 'inner');
  writeFileSync(join(outside, 'secret.txt'), 'SECRET');
  symlinkSync(join(outside, 'secret.txt'), join(root, 'escape-file'));
  symlinkSync(outside, join(root, 'escape-dir'));
  symlinkSync(join(outside, 'created-through-link.txt'), join(root, 'dangling'));
  symlinkSync(join(root, 'hello.txt'), join(root, 'inside-link'));
  symlinkSync('../hello.txt', join(root, 'sub', 'relative-link'));
});

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

function runJailed(source: string, writable = false) {
  const filesystem = new NodeDirectoryFileSystem({ root, writable });
  const outcome = runSandboxed(source, { filesystem });
  filesystem.closeAll();
  return outcome;
}

describe('escape attempts', () => {
  const cases: [string, string][] = [
    [
      "open('../../etc/passwd')",
      "FileNotFoundError: [Errno 2] No such file or directory: '../../etc/passwd'",
    ],
    [
      "open('/etc/passwd')",
      "FileNotFoundError: [Errno 2] No such file or directory: '/etc/passwd'",
    ],
    [
      "open('sub/../../outside/secret.txt')",
      "FileNotFoundError: [Errno 2] No such file or directory: 'sub/../../outside/secret.txt'",
    ],
    [
      "open('escape-file')",
      "PermissionError: [Errno 13] Permission denied (a symbolic link points outside the sandbox): 'escape-file'",
    ],
    [
      "open('escape-dir/secret.txt')",
      "PermissionError: [Errno 13] Permission denied (a symbolic link points outside the sandbox): 'escape-dir/secret.txt'",
    ],
    [
      "import os\nos.listdir('escape-dir')",
      "PermissionError: [Errno 13] Permission denied (a symbolic link points outside the sandbox): 'escape-dir'",
    ],
    [
      "import os\nos.stat('escape-file')",
      "PermissionError: [Errno 13] Permission denied (a symbolic link points outside the sandbox): 'escape-file'",
    ],
    ["open('hello.txt\\0.py')", 'ValueError: embedded null byte'],
    ["open('a' * 300)", `OSError: [Errno 36] File name too long: '${'a'.repeat(300)}'`],
    ["open('d/' * 2100 + 'f')", `OSError: [Errno 36] File name too long: '${'d/'.repeat(2100)}f'`],
  ];
  for (const [source, expected] of cases) {
    test(source.replace('\n', '; ').slice(0, 60), () => {
      const outcome = runJailed(source, true);
      expect([outcome.exitCode, lastErrorLine(outcome)]).toEqual([1, expected]);
      expect(outcome.stderr.includes(base)).toBe(false);
    });
  }

  test('writing through a dangling link that points out is refused and creates nothing', () => {
    const outcome = runJailed("open('dangling', 'w').write('x')", true);
    expect(lastErrorLine(outcome)).toBe(
      "PermissionError: [Errno 13] Permission denied (a symbolic link points outside the sandbox): 'dangling'",
    );
    expect(existsSync(join(outside, 'created-through-link.txt'))).toBe(false);
  });

  test('renaming a file out through a directory link is refused', () => {
    const outcome = runJailed("import os\nos.rename('hello.txt', 'escape-dir/stolen.txt')", true);
    expect(lastErrorLine(outcome)).toBe(
      "PermissionError: [Errno 13] Permission denied (a symbolic link points outside the sandbox): 'hello.txt' -> 'escape-dir/stolen.txt'",
    );
    expect(existsSync(join(outside, 'stolen.txt'))).toBe(false);
  });

  test('the root is / and .. stops there', () => {
    const outcome = runJailed(
      "import os\nos.chdir('sub')\nprint(os.getcwd(), os.path.abspath('../../..'), open('../../hello.txt').read().strip())\nprint(sorted(n for n in os.listdir('/') if not n.startswith('escape')))",
    );
    expect(outcome.stdout).toBe(
      "/sub / hello from the jail\n['dangling', 'hello.txt', 'inside-link', 'sub']\n",
    );
  });

  test('links that stay inside the root are followed', () => {
    const outcome = runJailed(
      "print(open('inside-link').read().strip(), open('sub/relative-link').read().strip())",
    );
    expect(outcome.stdout).toBe('hello from the jail hello from the jail\n');
  });

  test('backend calls with unnormalised paths are rejected', () => {
    const filesystem = new NodeDirectoryFileSystem({ root });
    const attempts = ['/../outside/secret.txt', 'hello.txt', '/sub/./inner.txt', '/a\0b'];
    const codes = attempts.map((path) => {
      try {
        filesystem.open(path, READ_ONLY);
        return 'opened';
      } catch (error) {
        return error instanceof FsError ? `${error.code} ${error.path}` : String(error);
      }
    });
    expect(codes).toEqual([
      'EINVAL /../outside/secret.txt',
      'EINVAL hello.txt',
      'EINVAL /sub/./inner.txt',
      'EINVAL /a\0b',
    ]);
  });
});

describe('read-only and read-write', () => {
  test('a read-only directory refuses every write and changes nothing', () => {
    const outcome = runJailed(
      "import os\nfor action in (lambda: open('new.txt', 'w'), lambda: open('hello.txt', 'a'), lambda: os.mkdir('d'), lambda: os.remove('hello.txt'), lambda: os.rename('hello.txt', 'x')):\n    try:\n        action()\n    except PermissionError as e:\n        print(e)\nprint(open('hello.txt').read().strip())",
    );
    expect(outcome.stdout).toBe(
      [
        "[Errno 13] Permission denied (the filesystem capability is read-only): 'new.txt'",
        "[Errno 13] Permission denied (the filesystem capability is read-only): 'hello.txt'",
        "[Errno 13] Permission denied (the filesystem capability is read-only): 'd'",
        "[Errno 13] Permission denied (the filesystem capability is read-only): 'hello.txt'",
        "[Errno 13] Permission denied (the filesystem capability is read-only): 'hello.txt' -> 'x'",
        'hello from the jail',
        '',
      ].join('\n'),
    );
    expect(existsSync(join(root, 'new.txt'))).toBe(false);
  });

  test('a read-write directory receives the files, including unclosed ones', () => {
    const outcome = runJailed(
      "import os, shutil\nos.makedirs('made/deep')\nwith open('made/deep/a.txt', 'w') as f:\n    f.write('line\\n' * 3)\nshutil.copy('made/deep/a.txt', 'made/b.txt')\nleft_open = open('made/open.txt', 'w')\nleft_open.write('not closed')\nprint(sorted(os.listdir('made')), os.path.getsize('made/b.txt'))",
      true,
    );
    expect(outcome.stdout).toBe("['b.txt', 'deep', 'open.txt'] 15\n");
    expect(readFileSync(join(root, 'made', 'b.txt'), 'utf8')).toBe('line\nline\nline\n');
    expect(readFileSync(join(root, 'made', 'open.txt'), 'utf8')).toBe('not closed');
    rmSync(join(root, 'made'), { recursive: true });
  });

  test('reading and writing a large file in chunks round-trips', () => {
    const outcome = runJailed(
      "data = bytes(range(256)) * 1000\nwith open('big.bin', 'wb') as f:\n    for i in range(0, len(data), 1000):\n        f.write(data[i:i + 1000])\nwith open('big.bin', 'rb') as f:\n    back = f.read()\nprint(len(back), back == data)\nimport os\nos.remove('big.bin')",
      true,
    );
    expect(outcome.stdout).toBe('256000 True\n');
  });
});

describe('limits', () => {
  test('a write past the size limit is EFBIG and leaves no sparse file', () => {
    const filesystem = new NodeDirectoryFileSystem({ root, writable: true, maxFileBytes: 1000 });
    const outcome = runSandboxed(
      "with open('sparse.bin', 'wb') as f:\n    f.seek(10**12)\n    f.write(b'x')",
      { filesystem },
    );
    filesystem.closeAll();
    expect(lastErrorLine(outcome)).toBe('OSError: [Errno 27] File too large');
    expect(readFileSync(join(root, 'sparse.bin')).length).toBe(0);
    rmSync(join(root, 'sparse.bin'));
  });
});
