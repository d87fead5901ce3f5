// Each rule of the restore-time checks (bytecode-verify.ts, snapshot-frames.ts, snapshot-values.ts,
// snapshot-validate.ts): a real paused run is restored, one field is broken, the state is written
// again, and restoring those bytes must give that rule's whole SnapshotError message.

import { describe, expect, test } from 'vitest';
import { restore, SnapshotError, start } from '../../../src/api/pausable-run.js';
import { Op } from '../../../src/compiler/opcodes.js';
import type { PyCell } from '../../../src/objects/cell.js';
import type { PyDict } from '../../../src/objects/dict.js';
import type { PyFunction } from '../../../src/objects/function.js';
import type { PyGenerator } from '../../../src/objects/generator.js';
import type { PyList } from '../../../src/objects/list.js';
import type { PyValue } from '../../../src/objects/py-object.js';
import type { PyType } from '../../../src/objects/py-type.js';
import type { PySet } from '../../../src/objects/set.js';
import type { Frame } from '../../../src/vm/frame.js';
import type { Interpreter } from '../../../src/vm/interpreter.js';
import { restoreInterpreter, snapshotInterpreter } from '../../../src/vm/snapshot/vm-snapshot.js';

const sink = { write(): void {} };

/** A restored interpreter of `source` paused after `pauseAfter` units, ready to be broken. */
function paused(source: string, pauseAfter = 30): Interpreter {
  const state = start(source, { pauseAfter });
  if (state.status !== 'paused') throw new Error('expected a pause');
  return restoreInterpreter(state.snapshot(), { stdout: sink, stderr: sink, files: null });
}

/** Restoring `interp` written again must fail with exactly `message`. */
function expectRejected(interp: Interpreter, message: string): void {
  const bytes = snapshotInterpreter(interp);
  expect(() => restore(bytes)).toThrow(new SnapshotError(message));
}

function moduleFrame(interp: Interpreter): Frame {
  let frame = interp.pausedFrame!;
  while (frame.parent !== null) frame = frame.parent;
  return frame;
}

function global(interp: Interpreter, name: string): PyValue {
  return moduleFrame(interp).globals.getStr(name)!;
}

/** The module code's instruction array and the index of the first `op` in it. */
function firstOp(interp: Interpreter, op: number): [Int32Array, number] {
  const instructions = moduleFrame(interp).code.code.code;
  for (let index = 0; index < instructions.length >> 1; index++) {
    if (instructions[index * 2] === op) return [instructions, index];
  }
  throw new Error(`no opcode ${op}`);
}

const LOOP = 'x = 1\nwhile True:\n    x = x + 1\n';

describe('bytecode', () => {
  test('a BINARY_OP argument out of range', () => {
    const interp = paused(LOOP);
    const [instructions, at] = firstOp(interp, Op.BINARY_OP);
    instructions[at * 2 + 1] = 99;
    expectRejected(
      interp,
      "invalid snapshot: bytecode of '<module>' at instruction 4: binary operator index 99 out of range",
    );
  });

  test('a name index out of range', () => {
    const interp = paused(LOOP);
    const [instructions, at] = firstOp(interp, Op.LOAD_NAME);
    instructions[at * 2 + 1] = 7;
    expectRejected(
      interp,
      "invalid snapshot: bytecode of '<module>' at instruction 2: name index 7 out of range",
    );
  });

  test('a NULL where an operand must be a value', () => {
    const interp = paused(LOOP);
    const [instructions, at] = firstOp(interp, Op.BINARY_OP);
    instructions[(at - 1) * 2] = Op.PUSH_NULL;
    expectRejected(
      interp,
      "invalid snapshot: bytecode of '<module>' at instruction 4: BINARY_OP given a stack value that may be NULL",
    );
  });

  test('a loop whose stack grows each time round', () => {
    const interp = paused(LOOP);
    const [instructions, at] = firstOp(interp, Op.STORE_NAME);
    const store = instructions.indexOf(Op.STORE_NAME, at * 2 + 2) >> 1;
    instructions[store * 2] = Op.NOP;
    expectRejected(
      interp,
      "invalid snapshot: bytecode of '<module>' at instruction 6: instruction 2 reached with stack depths 0 and 1",
    );
  });

  test('popping an empty stack', () => {
    const interp = paused(LOOP);
    const [instructions] = firstOp(interp, Op.LOAD_CONST);
    instructions[0] = Op.POP_TOP;
    expectRejected(
      interp,
      "invalid snapshot: bytecode of '<module>' at instruction 0: pops an empty stack",
    );
  });

  test('a yield outside a generator', () => {
    const interp = paused(LOOP);
    const [instructions, at] = firstOp(interp, Op.BINARY_OP);
    instructions[at * 2] = Op.YIELD_VALUE;
    instructions[at * 2 + 1] = 0;
    expectRejected(
      interp,
      "invalid snapshot: bytecode of '<module>' at instruction 4: YIELD_VALUE outside a generator",
    );
  });

  test('keyword names not just before their call', () => {
    const interp = paused('def f(a):\n    pass\nwhile True:\n    f(a=1)\n');
    const [instructions, at] = firstOp(interp, Op.KW_NAMES);
    instructions[(at + 1) * 2] = Op.NOP;
    expect(at).toBe(6);
    expectRejected(
      interp,
      "invalid snapshot: bytecode of '<module>' at instruction 6: KW_NAMES not just before a CALL with that many arguments",
    );
  });
});

describe('paused frames', () => {
  test('a stack pointer that disagrees with the code', () => {
    const interp = paused(LOOP);
    interp.pausedFrame!.sp++;
    expectRejected(
      interp,
      'invalid snapshot: the paused frame with a stack depth its code does not have there',
    );
  });

  test('a stack value of a kind its instruction cannot take', () => {
    const interp = paused('def f():\n    pass\nwhile True:\n    f()\n');
    const frame = interp.pausedFrame!;
    expect(frame.sp - frame.stackBase).toBe(2);
    frame.fast[frame.sp - 1] = undefined;
    expectRejected(
      interp,
      'invalid snapshot: the paused frame with a stack value of the wrong kind',
    );
  });

  test('a suspended generator not at a yield', () => {
    const interp = paused(
      'def g():\n    yield 1\n    yield 2\nit = g()\nnext(it)\nwhile True:\n    pass\n',
    );
    const generator = global(interp, 'it') as PyGenerator;
    (generator.frame as Frame).pc = 0;
    expectRejected(interp, 'invalid snapshot: a suspended generator not at a yield');
  });
});

describe('value positions', () => {
  test('a list item that is no Python value', () => {
    const interp = paused(`data = [1, 2]\n${LOOP}`);
    (global(interp, 'data') as PyList).items.push(undefined as unknown as PyValue);
    expectRejected(interp, 'invalid snapshot: malformed sequence items');
  });

  test('a dict value that is a JS array', () => {
    const interp = paused(`d = {'k': 1}\n${LOOP}`);
    (global(interp, 'd') as PyDict).valueList[0] = [1, 2] as unknown as PyValue;
    expectRejected(interp, 'invalid snapshot: a dict entry that is not a Python value');
  });

  test('an int that is not an integer', () => {
    const interp = paused(`y = 5\n${LOOP}`);
    const globals = moduleFrame(interp).globals;
    globals.valueList[globals.findStrIndex('y')] = 1.5;
    expectRejected(interp, 'invalid snapshot: a dict entry that is not a Python value');
  });

  test('a set item that is no Python value', () => {
    const interp = paused(`s = {1, 2}\n${LOOP}`);
    const slots = (global(interp, 's') as PySet).table as unknown as { slots: unknown[] };
    const at = slots.slots.findIndex((slot) => typeof slot === 'number');
    slots.slots[at] = [];
    expectRejected(interp, 'invalid snapshot: a set item that is not a Python value');
  });

  test('pending set strs past their memory check', () => {
    const interp = paused(`s = set()\ns.add('a')\ns.add('b')\n${LOOP}`);
    const table = (global(interp, 's') as PySet).table as unknown as { pendingCheckAt: number };
    table.pendingCheckAt = 2;
    expectRejected(interp, 'invalid snapshot: malformed pending set items');
  });

  test('a type attribute that is no Python value', () => {
    const interp = paused(`class C:\n    pass\n${LOOP}`);
    (global(interp, 'C') as PyType).attrs.set('bad', [] as unknown as PyValue);
    expectRejected(interp, 'invalid snapshot: a type attribute that is not a Python value');
  });

  test('a cell holding no Python value', () => {
    const source = `def outer():\n    y = 1\n    def inner():\n        return y\n    return inner\ng = outer()\n${LOOP}`;
    const interp = paused(source);
    const cell = (global(interp, 'g') as PyFunction).closure![0] as PyCell;
    cell.value = {} as unknown as PyValue;
    expectRejected(interp, 'invalid snapshot: malformed cell value');
  });

  test('a closure without a cell per free variable', () => {
    const source = `def outer():\n    y = 1\n    def inner():\n        return y\n    return inner\ng = outer()\n${LOOP}`;
    const interp = paused(source);
    (global(interp, 'g') as PyFunction).closure = [];
    expectRejected(interp, 'invalid snapshot: a function closure without a cell per free variable');
  });

  test('an exception state holding a non-exception', () => {
    const interp = paused(LOOP);
    interp.excInfo.value = 5;
    expectRejected(interp, 'invalid snapshot: malformed exception state value');
  });
});

describe('derived fields', () => {
  test("a code object's call facts are derived again, not read from the bytes", () => {
    const interp = paused(`def f(a, b):\n    return a\n${LOOP}`);
    const code = (global(interp, 'f') as PyFunction).code as unknown as {
      plainArgcount: number;
      hasCells: boolean;
    };
    code.plainArgcount = 7;
    code.hasCells = true;
    const restored = restoreInterpreter(snapshotInterpreter(interp), {
      stdout: sink,
      stderr: sink,
      files: null,
    });
    const again = (global(restored, 'f') as PyFunction).code;
    expect([again.plainArgcount, again.hasCells]).toEqual([2, false]);
  });
});
