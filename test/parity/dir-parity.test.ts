// dir() parity: for every core built-in type, the names Pyex's dir() returns must equal CPython's
// (recorded by scripts/record-parity-dir.py into golden/dir-manifest.json).
import { describe, expect, test } from 'vitest';
import { loadParityGolden, runPyex } from './run-pyex.js';

interface DirEntry {
  readonly label: string;
  readonly expression: string;
  readonly names: readonly string[];
}

const manifest = loadParityGolden<DirEntry[]>('dir-manifest.json');

/** One line per subject: `label|name,name,...` (or `label|!Error: message`). */
function pyexDirs(): Map<string, string> {
  const subjects = manifest.map(
    (entry) => `(${JSON.stringify(entry.label)}, ${JSON.stringify(entry.expression)})`,
  );
  const source = [
    `for label, expression in [${subjects.join(', ')}]:`,
    '    try:',
    "        print(label + '|' + ','.join(sorted(dir(eval(expression)))))",
    '    except Exception as error:',
    "        print(label + '|!' + type(error).__name__ + ': ' + str(error))",
  ].join('\n');
  const output = runPyex(source);
  const lines = new Map<string, string>();
  for (const line of output.stdout.split('\n')) {
    const bar = line.indexOf('|');
    if (bar > 0) lines.set(line.slice(0, bar), line.slice(bar + 1));
  }
  return lines;
}

describe('dir() of built-in types matches CPython 3.11', () => {
  const got = pyexDirs();
  for (const entry of manifest) {
    test(`public names of ${entry.label}`, () => {
      const names = (got.get(entry.label) ?? '').split(',');
      expect(names.filter((name) => !name.startsWith('_'))).toEqual(
        entry.names.filter((name) => !name.startsWith('_')),
      );
    });
    test(`all names of ${entry.label}`, () => {
      expect((got.get(entry.label) ?? '').split(',')).toEqual(entry.names);
    });
  }
});
