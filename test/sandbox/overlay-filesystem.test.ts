// The overlay backend: the program sees the lower tree and changes it freely, the lower tree stays
// untouched, and the host lists the changes, then commits or discards them.

import { describe, expect, test } from 'vitest';
import { MemoryFileSystem } from '../../src/sandbox/memory-filesystem.js';
import { OverlayFileSystem } from '../../src/sandbox/overlay-filesystem.js';
import { runSandboxed } from './run-sandboxed.js';

function lowerTree(): MemoryFileSystem {
  const lower = new MemoryFileSystem();
  lower.writeFile('/config.ini', '[main]\nx = 1\n');
  lower.writeFile('/data/a.csv', 'a\n');
  lower.writeFile('/data/b.csv', 'b\n');
  lower.writeFile('/old/keep.txt', 'keep');
  return lower;
}

const PROGRAM = `import os, shutil
print(sorted(os.listdir('/')), sorted(os.listdir('data')))
with open('config.ini', 'a') as f:
    f.write('y = 2\\n')
os.remove('data/a.csv')
os.makedirs('out/reports')
with open('out/reports/r.txt', 'w') as f:
    f.write('report')
shutil.rmtree('old')
os.mkdir('old')
os.rename('data/b.csv', 'data/c.csv')
print(sorted(os.listdir('/')), sorted(os.listdir('data')), os.listdir('old'))
print(open('config.ini').read().splitlines())
`;

describe('overlay', () => {
  test('the program works on the merged view; the lower tree is unchanged', () => {
    const lower = lowerTree();
    const before = JSON.stringify(lower.toData());
    const overlay = new OverlayFileSystem(lower);
    const outcome = runSandboxed(PROGRAM, { filesystem: overlay });
    expect(outcome.stderr).toBe('');
    expect(outcome.stdout).toBe(
      "['config.ini', 'data', 'old'] ['a.csv', 'b.csv']\n['config.ini', 'data', 'old', 'out'] ['c.csv'] []\n['[main]', 'x = 1', 'y = 2']\n",
    );
    expect(JSON.stringify(lower.toData())).toBe(before);
  });

  test('changes lists what differs from the lower tree', () => {
    const overlay = new OverlayFileSystem(lowerTree());
    runSandboxed(PROGRAM, { filesystem: overlay });
    expect(overlay.changes()).toEqual([
      { path: '/config.ini', change: 'modified', kind: 'file' },
      { path: '/data/a.csv', change: 'deleted', kind: 'file' },
      { path: '/data/b.csv', change: 'deleted', kind: 'file' },
      { path: '/data/c.csv', change: 'added', kind: 'file' },
      { path: '/old/keep.txt', change: 'deleted', kind: 'file' },
      { path: '/out', change: 'added', kind: 'directory' },
      { path: '/out/reports', change: 'added', kind: 'directory' },
      { path: '/out/reports/r.txt', change: 'added', kind: 'file' },
    ]);
  });

  test('commit applies the changes to the lower tree', () => {
    const lower = lowerTree();
    const overlay = new OverlayFileSystem(lower);
    runSandboxed(PROGRAM, { filesystem: overlay });
    overlay.commit();
    expect([
      lower.listdir('/').sort(),
      lower.listdir('/data'),
      lower.listdir('/old'),
      lower.readText('/config.ini'),
      lower.readText('/out/reports/r.txt'),
      overlay.changes(),
    ]).toEqual([
      ['config.ini', 'data', 'old', 'out'],
      ['c.csv'],
      [],
      '[main]\nx = 1\ny = 2\n',
      'report',
      [],
    ]);
  });

  test('discard shows the lower tree again', () => {
    const overlay = new OverlayFileSystem(lowerTree());
    runSandboxed(PROGRAM, { filesystem: overlay });
    overlay.discard();
    const outcome = runSandboxed(
      "import os\nprint(sorted(os.listdir('/')), sorted(os.listdir('data')), os.listdir('old'))",
      { filesystem: overlay },
    );
    expect([outcome.stdout, overlay.changes()]).toEqual([
      "['config.ini', 'data', 'old'] ['a.csv', 'b.csv'] ['keep.txt']\n",
      [],
    ]);
  });

  test('a read-only lower tree still serves reads, writes stay in memory', () => {
    const lower = MemoryFileSystem.fromData(lowerTree().toData(), { readOnly: true });
    const overlay = new OverlayFileSystem(lower);
    const outcome = runSandboxed(
      "open('data/a.csv', 'w').write('changed')\nprint(open('data/a.csv').read(), open('data/b.csv').read().strip())",
      { filesystem: overlay },
    );
    expect([outcome.stdout, lower.readText('/data/a.csv')]).toEqual(['changed b\n', 'a\n']);
  });
});
