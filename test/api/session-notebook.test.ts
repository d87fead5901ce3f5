// Sessions: globals, imports and files persist across snippets like a notebook; each snippet has its
// own output, value, limits and cell file name; get/set cross the boundary with conversion.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compile } from '../../src/api/program.js';
import { PyexError } from '../../src/api/pyex-error.js';
import { createSession } from '../../src/api/session.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const GOLDEN = JSON.parse(readFileSync(join(HERE, 'golden', 'api-cases.json'), 'utf8')) as Record<
  string,
  { stdout: string }
>;

describe('sessions', () => {
  test('cells see what earlier cells defined; the output equals one python3 program', () => {
    const session = createSession();
    const cells = [
      'import math\nr = 2',
      'def area(x):\n    return math.pi * x ** 2',
      'print(area(r))',
      'counter = 0\nfor i in range(3):\n    counter += i',
      'print(counter)',
    ];
    const output = cells.map((cell) => session.run(cell).stdout).join('');
    expect(output).toBe(GOLDEN.session_cells_as_one_program?.stdout);
  });

  test('each cell returns its last expression and its own output', () => {
    const session = createSession();
    // print(...) is an expression statement too: its value is None.
    expect(session.run('x = 20\nprint("set")')).toMatchObject({ value: null, stdout: 'set\n' });
    expect(session.run('y = x')).toMatchObject({ value: undefined, stdout: '' });
    expect(session.run('x + 1')).toMatchObject({ value: 21, stdout: '', exitCode: 0 });
  });

  test('a failing cell keeps what it did before failing; the session goes on', () => {
    const session = createSession();
    const failed = session.run('a = 1\nb = 1 / 0\nc = 3');
    expect([failed.exitCode, failed.error?.typeName, failed.stderr]).toEqual([
      1,
      'ZeroDivisionError',
      'Traceback (most recent call last):\n  File "<cell 1>", line 2, in <module>\n    b = 1 / 0\n        ~~^~~\nZeroDivisionError: division by zero\n',
    ]);
    expect(session.run('(a, "b" in globals(), "c" in globals())').value).toEqual([1, false, false]);
  });

  test('tracebacks name the cell a function was defined in', () => {
    const session = createSession();
    session.run('def boom():\n    raise ValueError("no")');
    expect(session.run('boom()').stderr).toBe(
      'Traceback (most recent call last):\n  File "<cell 2>", line 1, in <module>\n    boom()\n  File "<cell 1>", line 2, in boom\n    raise ValueError("no")\nValueError: no\n',
    );
  });

  test('a snippet can name its file', () => {
    const session = createSession();
    expect(session.run('1 / 0', { filename: 'step.py' }).stderr).toBe(
      'Traceback (most recent call last):\n  File "step.py", line 1, in <module>\n    1 / 0\n    ~~^~~\nZeroDivisionError: division by zero\n',
    );
  });

  test('get and set convert values; names lists the globals', () => {
    const session = createSession({ inputs: { start: 5 } });
    session.set('items', [1, 2, 3]);
    session.run('total = start + sum(items)\nitems.append(total)');
    expect([session.get('total'), session.get('items'), session.get('missing')]).toEqual([
      11,
      [1, 2, 3, 11],
      undefined,
    ]);
    expect(session.names()).toEqual(['start', 'items', 'total']);
  });

  test('set refuses a JS value Python cannot hold', () => {
    const session = createSession();
    expect(() => session.set('f', () => 1)).toThrow(PyexError);
  });

  test('compiled programs run in a session too', () => {
    const session = createSession();
    const step = compile('n = globals().get("n", 0) + 1\nn');
    expect([session.run(step).value, session.run(step).value, session.run(step).value]).toEqual([
      1, 2, 3,
    ]);
  });

  test('the sandbox filesystem persists across cells', () => {
    const session = createSession();
    session.run('with open("/notes.txt", "w") as f:\n    f.write("kept")');
    expect(session.run('open("/notes.txt").read()').value).toBe('kept');
  });

  test('limits apply to each cell afresh', () => {
    const session = createSession({ limits: { instructions: 1000 } });
    const cell = 'for i in range(600):\n    pass\n"ok"';
    expect([session.run(cell).value, session.run(cell).value]).toEqual(['ok', 'ok']);
    expect(session.run('while True:\n    pass').error?.kind).toBe('limit');
    expect(session.run('"still usable"').value).toBe('still usable');
  });
});
