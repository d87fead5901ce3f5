// The sandbox flags of `pyex run`: which capability set each combination grants, where the flags
// end and the program's arguments begin, and the errors for bad flags.

import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  applyCapabilityFlags,
  CapabilityFlagError,
  parseCapabilityFlags,
  splitCapabilityFlags,
} from '../../src/cli/capability-flags.js';
import { setDefaultCapabilities } from '../../src/sandbox/capabilities.js';
import { MemoryFileSystem } from '../../src/sandbox/memory-filesystem.js';
import { NodeDirectoryFileSystem } from '../../src/sandbox/node-directory-filesystem.js';

const dir = realpathSync(mkdtempSync(join(tmpdir(), 'pyex-flags-')));
writeFileSync(join(dir, 'f.txt'), 'x');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function summary(args: string[], env: Record<string, string> = {}) {
  const flags = parseCapabilityFlags(args, env);
  const caps = flags.capabilities;
  const fs = caps.filesystem;
  return {
    filesystem:
      fs instanceof NodeDirectoryFileSystem
        ? `host ${fs.writable ? 'read-write' : 'read-only'}`
        : fs instanceof MemoryFileSystem
          ? 'memory'
          : 'none',
    environment: Object.fromEntries(caps.environment),
    clock: caps.clock.kind,
    entropy: caps.entropy.kind,
    rest: flags.rest,
  };
}

describe('parseCapabilityFlags', () => {
  test('no flags: an empty in-memory filesystem, nothing else', () => {
    expect(summary(['prog.py', '--allow-env'])).toEqual({
      filesystem: 'memory',
      environment: {},
      clock: 'real',
      entropy: 'host',
      rest: ['prog.py', '--allow-env'],
    });
  });

  test('every flag before the program', () => {
    expect(
      summary(
        [
          '--allow-read',
          dir,
          '--env',
          'A=1',
          '--env=B=x=y',
          '--seed',
          '7',
          '--virtual-clock',
          '-c',
          'print(1)',
        ],
        { HOME: '/root' },
      ),
    ).toEqual({
      filesystem: 'host read-only',
      environment: { A: '1', B: 'x=y' },
      clock: 'virtual',
      entropy: 'seeded',
      rest: ['-c', 'print(1)'],
    });
  });

  test('--allow-write grants read-write; --allow-env copies the host environment', () => {
    expect(
      summary(['--allow-write', dir, '--allow-env', 'p.py'], { HOME: '/root', LANG: 'C' }),
    ).toEqual({
      filesystem: 'host read-write',
      environment: { HOME: '/root', LANG: 'C' },
      clock: 'real',
      entropy: 'host',
      rest: ['p.py'],
    });
  });

  test('the same directory for read and write is read-write', () => {
    expect(summary(['--allow-read', dir, '--allow-write', dir, 'p.py']).filesystem).toBe(
      'host read-write',
    );
  });

  test('bad flags are CapabilityFlagErrors with a clear message', () => {
    const messages = [
      ['--allow-read', dir, '--allow-write', tmpdir(), 'p.py'],
      ['--env', 'NOEQUALS', 'p.py'],
      ['--seed', 'abc', 'p.py'],
      ['--virtual-clock=yesterday', 'p.py'],
      ['--allow-read', join(dir, 'missing'), 'p.py'],
      ['--allow-read', join(dir, 'f.txt'), 'p.py'],
    ].map((args) => {
      try {
        parseCapabilityFlags(args);
        return 'accepted';
      } catch (error) {
        return error instanceof CapabilityFlagError
          ? error.message.replace(dir, 'DIR')
          : String(error);
      }
    });
    expect(messages).toEqual([
      'only one directory can be granted (use the same DIR for --allow-read and --allow-write)',
      "--env expects KEY=VALUE, got 'NOEQUALS'",
      "--seed expects an integer, got 'abc'",
      "--virtual-clock expects an ISO date, got 'yesterday'",
      'cannot grant DIR/missing: no such directory',
      'cannot grant DIR/f.txt: not a directory',
    ]);
  });
});

describe('applyCapabilityFlags', () => {
  test('prints the error and the usage for a bad flag', () => {
    let written = '';
    const result = applyCapabilityFlags(['--seed', 'x', 'p.py'], (text) => {
      written += text;
    });
    expect([result, written.split('\n').slice(0, 2)]).toEqual([
      null,
      ["pyex: --seed expects an integer, got 'x'", 'sandbox options (before FILE or -c):'],
    ]);
  });

  test('installs the parsed set as the default', () => {
    const result = applyCapabilityFlags(['--env', 'K=V', 'p.py'], () => {});
    const previous = setDefaultCapabilities(null);
    expect([result?.rest, previous === result?.capabilities]).toEqual([['p.py'], true]);
  });
});

describe('splitCapabilityFlags', () => {
  test('returns the flags and the program arguments', () => {
    expect(
      splitCapabilityFlags(['--seed', '3', '--virtual-clock', 'prog.py', '--seed', 'x'], () => {}),
    ).toEqual({ flags: ['--seed', '3', '--virtual-clock'], rest: ['prog.py', '--seed', 'x'] });
  });

  test('reports a bad flag', () => {
    let written = '';
    const result = splitCapabilityFlags(['--env', 'X', 'p.py'], (text) => {
      written += text;
    });
    expect([result, written.split('\n')[0]]).toEqual([
      null,
      "pyex: --env expects KEY=VALUE, got 'X'",
    ]);
  });
});

describe('paths of the granted directory', () => {
  test('the host cwd inside the directory becomes the sandbox cwd; files map to sandbox paths', () => {
    mkdirSync(join(dir, 'sub'), { recursive: true });
    const flags = parseCapabilityFlags(['--allow-read', dir, 'p.py'], {}, join(dir, 'sub'));
    expect([
      flags.capabilities.cwd,
      flags.sandboxPath(join(dir, 'f.txt')),
      flags.sandboxPath(dir),
      flags.sandboxPath(tmpdir()),
      parseCapabilityFlags(['--allow-read', dir, 'p.py'], {}, tmpdir()).capabilities.cwd,
      parseCapabilityFlags(['p.py'], {}, join(dir, 'sub')).sandboxPath(join(dir, 'f.txt')),
    ]).toEqual(['/sub', '/f.txt', '/', null, '/', null]);
  });
});
