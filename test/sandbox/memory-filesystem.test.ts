// The in-memory backend through its FileSystem interface: POSIX error codes, open-handle
// semantics, the quota, and the plain-data round trip snapshots rely on.

import { describe, expect, test } from 'vitest';
import { FsError, type OpenOptions, READ_ONLY } from '../../src/sandbox/filesystem.js';
import { MemoryFileSystem } from '../../src/sandbox/memory-filesystem.js';
import { resolveSandboxPath } from '../../src/sandbox/sandbox-path.js';

const READ_WRITE: OpenOptions = {
  read: true,
  write: true,
  create: true,
  exclusive: false,
  truncate: false,
};

function codeOf(action: () => unknown): string {
  try {
    action();
    return 'ok';
  } catch (error) {
    return error instanceof FsError ? error.code : String(error);
  }
}

function sample(): MemoryFileSystem {
  const fs = new MemoryFileSystem();
  fs.writeFile('/f', 'file');
  fs.makeDirectories('/d');
  fs.writeFile('/full/x', 'x');
  return fs;
}

describe('errors', () => {
  test('each operation reports the POSIX code Linux would', () => {
    const fs = sample();
    expect({
      statMissing: codeOf(() => fs.stat('/missing')),
      statUnderFile: codeOf(() => fs.stat('/f/x')),
      listFile: codeOf(() => fs.listdir('/f')),
      mkdirExists: codeOf(() => fs.mkdir('/d')),
      mkdirRoot: codeOf(() => fs.mkdir('/')),
      mkdirNoParent: codeOf(() => fs.mkdir('/no/such')),
      mkdirUnderFile: codeOf(() => fs.mkdir('/f/x')),
      rmdirFull: codeOf(() => fs.rmdir('/full')),
      rmdirFile: codeOf(() => fs.rmdir('/f')),
      rmdirRoot: codeOf(() => fs.rmdir('/')),
      unlinkDir: codeOf(() => fs.unlink('/d')),
      renameFileOverDir: codeOf(() => fs.rename('/f', '/d')),
      renameDirOverFile: codeOf(() => fs.rename('/d', '/f')),
      renameOverFullDir: codeOf(() => fs.rename('/d', '/full')),
      renameIntoItself: codeOf(() => fs.rename('/d', '/d/sub')),
      openDir: codeOf(() => fs.open('/d', READ_ONLY)),
      openExclusive: codeOf(() => fs.open('/f', { ...READ_WRITE, exclusive: true })),
      openMissing: codeOf(() => fs.open('/missing', READ_ONLY)),
      unnormalised: codeOf(() => fs.stat('/d/../f')),
    }).toEqual({
      statMissing: 'ENOENT',
      statUnderFile: 'ENOTDIR',
      listFile: 'ENOTDIR',
      mkdirExists: 'EEXIST',
      mkdirRoot: 'EEXIST',
      mkdirNoParent: 'ENOENT',
      mkdirUnderFile: 'ENOTDIR',
      rmdirFull: 'ENOTEMPTY',
      rmdirFile: 'ENOTDIR',
      rmdirRoot: 'EBUSY',
      unlinkDir: 'EISDIR',
      renameFileOverDir: 'EISDIR',
      renameDirOverFile: 'ENOTDIR',
      renameOverFullDir: 'ENOTEMPTY',
      renameIntoItself: 'EINVAL',
      openDir: 'EISDIR',
      openExclusive: 'EEXIST',
      openMissing: 'ENOENT',
      unnormalised: 'EINVAL',
    });
  });

  test('a read-only tree refuses writes with a read-only denial', () => {
    const fs = new MemoryFileSystem({ readOnly: true });
    try {
      fs.mkdir('/x');
      expect.unreachable();
    } catch (error) {
      expect([(error as FsError).code, (error as FsError).denial]).toEqual(['EROFS', 'read-only']);
    }
  });
});

describe('handles', () => {
  test('positional reads and writes, zero fill past the end, truncate', () => {
    const fs = new MemoryFileSystem();
    const handle = fs.open('/h', READ_WRITE);
    handle.write(0, new TextEncoder().encode('hello'));
    handle.write(8, new TextEncoder().encode('!'));
    const before = Array.from(handle.read(0, 100));
    handle.truncate(2);
    expect([before, Array.from(handle.read(0, 100)), handle.size(), fs.usedBytes]).toEqual([
      [104, 101, 108, 108, 111, 0, 0, 0, 33],
      [104, 101],
      2,
      2,
    ]);
  });

  test('an open file survives its unlinking, as on POSIX', () => {
    const fs = new MemoryFileSystem();
    fs.writeFile('/gone', 'still here');
    const handle = fs.open('/gone', READ_ONLY);
    fs.unlink('/gone');
    expect([new TextDecoder().decode(handle.read(0, 50)), fs.listdir('/')]).toEqual([
      'still here',
      [],
    ]);
  });

  test('the quota counts every file and answers ENOSPC', () => {
    const fs = new MemoryFileSystem({ maxBytes: 10 });
    fs.writeFile('/a', '123456');
    expect([codeOf(() => fs.writeFile('/b', '12345')), fs.usedBytes]).toEqual(['ENOSPC', 6]);
    fs.unlink('/a');
    expect([codeOf(() => fs.writeFile('/b', '1234567890')), fs.usedBytes]).toEqual(['ok', 10]);
  });
});

describe('plain data', () => {
  test('toData and fromData round-trip the tree', () => {
    const fs = new MemoryFileSystem({ now: () => 5 });
    fs.writeFile('/dir/a.txt', 'A');
    fs.writeFile('/b.bin', new Uint8Array([0, 255]));
    const data = fs.toData();
    const copy = MemoryFileSystem.fromData(JSON.parse(JSON.stringify(data)));
    expect([
      copy.toData(),
      copy.readText('/dir/a.txt'),
      Array.from(copy.readFile('/b.bin')),
      copy.usedBytes,
    ]).toEqual([data, 'A', [0, 255], 3]);
  });

  test('fromData rejects entry names that would break paths', () => {
    expect(() =>
      MemoryFileSystem.fromData({
        kind: 'directory',
        mtimeMs: 0,
        entries: [['..', { kind: 'file', bytes: [], mtimeMs: 0 }]],
      }),
    ).toThrow('MemoryFileSystem.fromData: bad entry name ".."');
  });
});

describe('sandbox paths', () => {
  test('resolution against the working directory stops .. at the root', () => {
    expect(
      [
        ['/', 'a/b'],
        ['/w', '../../x'],
        ['/w', '/abs//./p/'],
        ['/w/x', '..'],
        ['/', ''],
      ].map(([cwd, path]) => resolveSandboxPath(cwd!, path!)),
    ).toEqual(['/a/b', '/x', '/abs/p', '/w', '/']);
  });

  test('long names and paths, and NUL bytes, are refused', () => {
    expect([
      codeOf(() => resolveSandboxPath('/', 'n'.repeat(256))),
      codeOf(() => resolveSandboxPath('/', 'n'.repeat(255))),
      codeOf(() => resolveSandboxPath('/', 'd/'.repeat(2048))),
      codeOf(() => resolveSandboxPath('/', 'é'.repeat(128))),
      codeOf(() => resolveSandboxPath('/', 'a\0')),
    ]).toEqual(['ENAMETOOLONG', 'ok', 'ENAMETOOLONG', 'ENAMETOOLONG', 'EINVAL']);
  });
});
