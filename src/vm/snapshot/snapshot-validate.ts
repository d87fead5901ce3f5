// Structural checks on a restored VM state, so hostile snapshot bytes cannot make the VM hang or read
// outside its frames: bytecode (opcodes, forward-only conditional jumps, exception table), frames (pc,
// stack pointer, slot layout), hash tables (probing terminates), and acyclic chains the VM walks.

import type { CodeObject } from '../../compiler/code-object.js';
import { OPCODE_INFO_BY_NUMBER, Op } from '../../compiler/opcodes.js';
import { PyCell } from '../../objects/cell.js';
import { PyCode } from '../../objects/code.js';
import { PyDict } from '../../objects/dict.js';
import { PyBaseException } from '../../objects/exceptions.js';
import { PyFunction } from '../../objects/function.js';
import { ExcStateSlot, PyGenerator } from '../../objects/generator.js';
import { KeyTable } from '../../objects/key-table.js';
import { PyList } from '../../objects/list.js';
import { PyModule } from '../../objects/module.js';
import { PyObject } from '../../objects/py-object.js';
import { PyType } from '../../objects/py-type.js';
import { staticNameOf } from '../../objects/registry.js';
import { PyAnySet } from '../../objects/set.js';
import { SetTable } from '../../objects/set-table.js';
import { None } from '../../objects/singletons.js';
import { PyTraceback } from '../../objects/traceback.js';
import { PyTuple } from '../../objects/tuple.js';
import { Frame } from '../frame.js';
import { ImportSystem } from '../import-system.js';
import { Interpreter } from '../interpreter.js';
import { type VerifiedCode, verifyBytecode } from './bytecode-verify.js';
import { knownValue } from './class-registry.js';
import { SnapshotFormatError } from './snapshot-format.js';
import { checkFrameGenerator, validateLiveFrames } from './snapshot-frames.js';
import { allPyValues, badValueField, isPyValue } from './snapshot-values.js';

/** Largest value stack a restored code object may declare (frames allocate it on every call). */
const MAX_STACK_SIZE = 1 << 20;

/** The instructions whose argument is a forward jump target (JUMP alone may go backward: it is charged). */
const FORWARD_JUMPS: ReadonlySet<number> = new Set([
  Op.POP_JUMP_IF_FALSE,
  Op.POP_JUMP_IF_TRUE,
  Op.POP_JUMP_IF_NONE,
  Op.POP_JUMP_IF_NOT_NONE,
  Op.JUMP_IF_FALSE_OR_POP,
  Op.JUMP_IF_TRUE_OR_POP,
  Op.FOR_ITER,
  Op.SEND,
]);

function invalid(detail: string): SnapshotFormatError {
  return new SnapshotFormatError(`invalid snapshot: ${detail}`);
}

function check(condition: boolean, detail: string): void {
  if (!condition) throw invalid(detail);
}

/** The limits that can end an instruction budget (Interpreter.budgetCause). */
const BUDGET_CAUSES: ReadonlySet<unknown> = new Set(['instructions', 'memory', 'time', 'output']);

function isIndex(value: unknown, limit: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= limit;
}

function isStringArray(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * Validates every object of a restored snapshot (as `readSnapshot` returns them) and that the root is
 * `[interpreter, next identity number]` (vm-snapshot.ts). Throws SnapshotFormatError naming the first
 * broken invariant.
 */
export function validateVmState(objects: readonly unknown[], rootValue: unknown): void {
  check(
    Array.isArray(rootValue) &&
      rootValue.length === 2 &&
      Number.isSafeInteger(rootValue[1]) &&
      rootValue[1] > 0 &&
      rootValue[1] <= 2 ** 48,
    'the root is not an interpreter and its id counter',
  );
  const root = (rootValue as unknown[])[0];
  check(root instanceof Interpreter, 'the root is not an interpreter');
  const state: ValidationState = { verified: new Map(), generators: [] };
  for (const obj of objects) {
    if (typeof obj !== 'object' || obj === null) continue;
    try {
      validateObject(obj, objects, root, state);
    } catch (error) {
      throw asFormatError(error, obj);
    }
  }
  // Every code object is verified now: the frames to resume must stand where their code can be.
  const interp = root as Interpreter;
  try {
    validateLiveFrames(interp, state.generators, (pyCode) => verifiedCode(pyCode, state));
  } catch (error) {
    throw asFormatError(error, interp);
  }
}

/** What the checks of one restore share: verified code objects, generators met. */
interface ValidationState {
  readonly verified: Map<CodeObject, VerifiedCode>;
  readonly generators: PyGenerator[];
}

/** What a check of `obj` threw: a field of the wrong kind that made the check itself fail is malformed too. */
function asFormatError(error: unknown, obj: object): SnapshotFormatError {
  if (error instanceof SnapshotFormatError) return error;
  const name = (obj as { constructor?: { name?: string } }).constructor?.name ?? 'object';
  return invalid(`malformed ${name}`);
}

/** The verifier's findings for `pyCode` (checked and verified on first use). */
function verifiedCode(pyCode: PyCode, state: ValidationState): VerifiedCode {
  validateCode(pyCode, state);
  return state.verified.get(pyCode.code)!;
}

function validateObject(
  obj: object,
  objects: readonly unknown[],
  root: unknown,
  state: ValidationState,
): void {
  if (obj instanceof PyObject) {
    if (staticNameOf(obj) !== undefined) return;
    check(obj.cls instanceof PyType, 'an object without a type');
    check(obj.dict === null || obj.dict instanceof PyDict, 'an object __dict__ that is not a dict');
    check(
      obj.slots === null || (Array.isArray(obj.slots) && allPyValues(obj.slots, true)),
      'malformed __slots__ values',
    );
    check(isIndex(obj.objectId, Number.MAX_SAFE_INTEGER), 'malformed object id');
    // (Every class with field rules is a PyObject.)
    const badField = badValueField(obj);
    if (badField !== null) throw invalid(`malformed ${badField}`);
  }
  if (obj instanceof Frame) validateFrame(obj, objects.length);
  else if (obj instanceof PyCode) validateCode(obj, state);
  else if (obj instanceof KeyTable) validateKeyTable(obj);
  else if (obj instanceof SetTable) validateSetTable(obj);
  else if (obj instanceof PyAnySet) check(obj.table instanceof SetTable, 'a set without a table');
  else if (obj instanceof PyList || obj instanceof PyTuple)
    check(Array.isArray(obj.items) && allPyValues(obj.items), 'malformed sequence items');
  else if (obj instanceof PyType) validateType(obj);
  else if (obj instanceof PyBaseException) validateException(obj, objects.length);
  else if (obj instanceof PyTraceback) validateTraceback(obj, objects.length);
  else if (obj instanceof PyGenerator) {
    validateGenerator(obj);
    state.generators.push(obj);
  } else if (obj instanceof PyFunction) validateFunction(obj);
  else if (obj instanceof PyModule) check(obj.dict instanceof PyDict, 'a module without a dict');
  else if (obj instanceof ExcStateSlot) {
    check(
      obj.value === None || obj.value instanceof PyBaseException,
      'malformed exception state value',
    );
    validateChain(obj, (slot) => slot.previous, objects.length, 'exception state');
  } else if (obj instanceof Interpreter) validateInterpreter(obj, root);
  else if (obj instanceof ImportSystem) {
    const path = (obj as unknown as { path: unknown }).path;
    check(path instanceof PyList, 'malformed import system');
  }
}

function validateChain<T>(start: T, next: (item: T) => unknown, limit: number, what: string): void {
  let item: unknown = start;
  for (let steps = 0; item !== null && item !== undefined; steps++) {
    check(steps <= limit, `a cycle in the ${what} chain`);
    item = next(item as T);
  }
}

function validateInterpreter(interp: Interpreter, root: unknown): void {
  check(interp === root, 'a second interpreter');
  check(interp.frame === null, 'the interpreter is running');
  check(
    interp.pausedFrame === null || interp.pausedFrame instanceof Frame,
    'malformed paused frame',
  );
  check(interp.builtinsModule instanceof PyModule, 'malformed builtins module');
  check(interp.builtins instanceof PyDict && interp.sysModule instanceof PyModule, 'malformed sys');
  check(interp.modules instanceof PyDict, 'malformed sys.modules');
  check(interp.imports instanceof ImportSystem, 'malformed import system');
  check(interp.sources instanceof Map, 'malformed source table');
  check(interp.excInfo instanceof ExcStateSlot, 'malformed exception state');
  check(isIndex(interp.depth, interp.recursionLimit), 'malformed recursion depth');
  check(isIndex(interp.recursionLimit, Number.MAX_SAFE_INTEGER), 'malformed recursion limit');
  check(
    Number.isFinite(interp.budget) && isIndex(interp.budgetReserve, Number.MAX_SAFE_INTEGER),
    'malformed instruction budget',
  );
  // A spent limit leaves nothing to run on: its error is raised at the next charged instruction.
  check(
    BUDGET_CAUSES.has(interp.budgetCause) &&
      typeof interp.budgetCauseMessage === 'string' &&
      isIndex(interp.budgetLeftAtExpiry, Number.MAX_SAFE_INTEGER) &&
      (interp.budgetCause === 'instructions' || (interp.budget <= 0 && interp.budgetReserve === 0)),
    'malformed budget cause',
  );
  check(
    [interp.hostTimeMs, interp.durationLimitMs, interp.deadlineMs].every(
      (value) => typeof value === 'number' && !Number.isNaN(value),
    ),
    'malformed wall-clock limit',
  );
  check(typeof interp.stdinText === 'string', 'malformed standard input');
  check(isIndex(interp.intMaxStrDigits, Number.MAX_SAFE_INTEGER), 'malformed int digit limit');
  const options = interp.options as unknown;
  check(typeof options === 'object' && options !== null, 'malformed interpreter options');
  if (interp.pausedFrame !== null) {
    // The paused chain must end at a module-level entry frame within the recursion limit.
    let frame: Frame = interp.pausedFrame;
    let count = 0;
    while (frame.parent !== null) {
      check(frame.parent instanceof Frame, 'malformed frame chain');
      frame = frame.parent;
      check(++count <= interp.recursionLimit + 1, 'a frame chain deeper than the recursion limit');
    }
    check(frame.isEntry, 'the paused frame chain does not start at an entry frame');
  }
}

function validateFrame(frame: Frame, limit: number): void {
  check(frame.code instanceof PyCode, 'a frame without code');
  const code = frame.code.code;
  check(frame.instructions === code.code, 'frame instructions differ from its code');
  check(
    frame.globals instanceof PyDict && frame.builtins instanceof PyDict,
    'malformed frame globals',
  );
  check(Array.isArray(frame.fast), 'a frame without slots');
  const localsplus = frame.code.localsplusSize;
  check(frame.stackBase === localsplus, 'malformed frame stack base');
  check(frame.fast.length === localsplus + code.stacksize + 1, 'malformed frame slot count');
  check(
    isIndex(frame.sp, frame.fast.length - 1) && frame.sp >= localsplus,
    'frame stack pointer out of range',
  );
  const count = code.code.length >> 1;
  check(isIndex(frame.pc, count), 'frame instruction pointer out of range');
  check(isIndex(frame.lastInstruction, count), 'frame last instruction out of range');
  check(isIndex(frame.depth, Number.MAX_SAFE_INTEGER), 'malformed frame depth');
  check(frame.parent === null || frame.parent instanceof Frame, 'malformed frame parent');
  check(
    frame.generator === null || frame.generator instanceof PyGenerator,
    'malformed frame generator',
  );
  check(frame.func === null || frame.func instanceof PyFunction, 'malformed frame function');
  check(frame.kwnames === null || isStringArray(frame.kwnames), 'malformed frame keyword names');
  check(isIndex(frame.resumeMode, 3), 'malformed frame resume mode');
  for (let slot = 0; slot < code.varnames.length; slot++) {
    const value = frame.fast[slot];
    check(value === undefined || isPyValue(value), 'a frame local that is not a Python value');
  }
  for (let slot = code.varnames.length; slot < localsplus; slot++) {
    check(frame.fast[slot] instanceof PyCell, 'a frame cell slot without a cell');
  }
  check(frame.locals === null || isPyValue(frame.locals), 'malformed frame locals');
  check(
    frame.initSelf === undefined || isPyValue(frame.initSelf),
    'malformed frame __init__ instance',
  );
  checkFrameGenerator(frame);
  validateChain(frame, (item) => item.parent, limit, 'frame');
}

function validateCode(pyCode: PyCode, state: ValidationState): void {
  const code = pyCode.code as unknown as CodeObject;
  check(typeof code === 'object' && code !== null && code.type === 'code', 'malformed code object');
  check(
    Array.isArray(pyCode.consts) &&
      allPyValues(pyCode.consts) &&
      Array.isArray(pyCode.kwnames) &&
      pyCode.kwnames.length === pyCode.consts.length &&
      pyCode.kwnames.every((names) => names === null || isStringArray(names)),
    'malformed code constants',
  );
  check(
    pyCode.localsplusSize === code.varnames.length + code.cellvars.length + code.freevars.length,
    'malformed code slot count',
  );
  const verified = state.verified.get(code);
  if (verified !== undefined) {
    // The same CodeObject under a second PyCode: its constants must be what was verified.
    check(
      verified.pyCode === pyCode || sameConstants(verified.pyCode, pyCode),
      'malformed code constants',
    );
    return;
  }
  check(
    isStringArray(code.varnames) &&
      isStringArray(code.cellvars) &&
      isStringArray(code.freevars) &&
      isStringArray(code.names),
    'malformed code names',
  );
  check(
    Array.isArray(code.consts) && code.consts.length === pyCode.consts.length,
    'malformed consts',
  );
  check(code.code instanceof Int32Array && code.code.length % 2 === 0, 'malformed bytecode');
  const count = code.code.length >> 1;
  check(count > 0, 'empty bytecode');
  check(
    code.positions instanceof Int32Array && code.positions.length === count * 4,
    'malformed positions',
  );
  check(isIndex(code.stacksize, MAX_STACK_SIZE), 'code stack size out of range');
  check(isIndex(code.flags, 0x7fffffff), 'malformed code flags');
  check(
    isIndex(code.argcount, code.varnames.length) &&
      isIndex(code.posonlyargcount, code.argcount) &&
      isIndex(code.kwonlyargcount, code.varnames.length),
    'malformed argument counts',
  );
  check(
    Array.isArray(code.cell2arg) &&
      code.cell2arg.length === code.cellvars.length &&
      code.cell2arg.every(
        (index) => Number.isInteger(index) && index >= -1 && index < code.varnames.length,
      ),
    'malformed cell2arg',
  );
  const instructions = code.code;
  for (let index = 0; index < count; index++) {
    const op = instructions[index * 2]!;
    const arg = instructions[index * 2 + 1]!;
    check(OPCODE_INFO_BY_NUMBER[op] !== undefined, `unknown opcode ${op}`);
    if (op === Op.JUMP) check(isIndex(arg, count - 1), 'jump target out of range');
    else if (FORWARD_JUMPS.has(op))
      check(arg > index && arg < count, 'a conditional jump that is not forward');
  }
  const table = code.exceptionTable;
  check(Array.isArray(table), 'malformed exception table');
  let previousEnd = 0;
  for (const entry of table) {
    check(
      typeof entry === 'object' &&
        entry !== null &&
        isIndex(entry.start, count) &&
        isIndex(entry.end, count) &&
        entry.start >= previousEnd &&
        entry.start < entry.end &&
        isIndex(entry.target, count - 1) &&
        isIndex(entry.depth, code.stacksize) &&
        typeof entry.lasti === 'boolean',
      'malformed exception table entry',
    );
    previousEnd = entry.end;
  }
  check(!hasUnchargedCycle(code, count), 'a loop that does not pass through a charged jump');
  state.verified.set(code, verifyBytecode(pyCode));
}

/** Whether two PyCodes of one CodeObject hold the same constants (what the verifier read). */
function sameConstants(first: PyCode, second: PyCode): boolean {
  if (first.consts.length !== second.consts.length) return false;
  for (let index = 0; index < first.consts.length; index++) {
    if (first.consts[index] !== second.consts[index]) return false;
    if (first.kwnames[index] !== second.kwnames[index]) return false;
  }
  return true;
}

/** Instructions that never continue with the next one. */
const NO_FALLTHROUGH: ReadonlySet<number> = new Set([
  Op.JUMP,
  Op.RETURN_VALUE,
  Op.RERAISE,
  Op.RAISE_VARARGS,
]);

/**
 * Whether control can cycle without a backward JUMP (the only charged jump): every other edge goes
 * forward except an exception edge to a handler at or before the raising instruction (the compiler
 * makes those for cleanup handlers, which always end by re-raising). A depth-first search over the
 * uncharged edges: fall-through, forward jumps, and exception edges.
 */
function hasUnchargedCycle(code: CodeObject, count: number): boolean {
  const handlerOf = new Int32Array(count).fill(-1);
  for (const entry of code.exceptionTable) {
    for (let index = entry.start; index < entry.end; index++) handlerOf[index] = entry.target;
  }
  const instructions = code.code;
  const state = new Uint8Array(count); // 0 unvisited, 1 on the DFS stack, 2 done
  const stack = new Int32Array(count);
  const nextEdge = new Uint8Array(count);
  for (let root = 0; root < count; root++) {
    if (state[root] !== 0) continue;
    let top = 0;
    stack[0] = root;
    state[root] = 1;
    nextEdge[root] = 0;
    while (top >= 0) {
      const node = stack[top]!;
      const edge = nextEdge[node]!;
      nextEdge[node] = edge + 1;
      let target = -1;
      const op = instructions[node * 2]!;
      const arg = instructions[node * 2 + 1]!;
      if (edge === 0) target = NO_FALLTHROUGH.has(op) || node + 1 >= count ? -1 : node + 1;
      else if (edge === 1) {
        if (op === Op.JUMP) target = arg > node ? arg : -1;
        else if (FORWARD_JUMPS.has(op)) target = arg;
      } else if (edge === 2) target = handlerOf[node]!;
      else {
        state[node] = 2;
        top--;
        continue;
      }
      if (target < 0 || target >= count) continue;
      if (state[target] === 1) return true;
      if (state[target] === 0) {
        state[target] = 1;
        nextEdge[target] = 0;
        stack[++top] = target;
      }
    }
  }
  return false;
}

function validateKeyTable(table: KeyTable): void {
  check(
    Array.isArray(table.keyList) &&
      Array.isArray(table.valueList) &&
      table.valueList.length === table.keyList.length &&
      isIndex(table.size, table.keyList.length),
    'malformed dict table',
  );
  const keys = table.keyList;
  const values = table.valueList;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index];
    if (key === undefined) continue;
    check(isPyValue(key) && isPyValue(values[index]), 'a dict entry that is not a Python value');
  }
  // The str/int/float key index is rebuilt from the entries (class-registry.ts restoreKeyIndex).
  const fields = table as unknown as { objectIndex: unknown };
  check(fields.objectIndex === null || fields.objectIndex instanceof Map, 'malformed dict index');
  const length = table.keyList.length;
  if (fields.objectIndex instanceof Map) {
    for (const bucket of fields.objectIndex.values()) {
      const indexes = Array.isArray(bucket) ? bucket : [bucket];
      for (const index of indexes) check(isIndex(index, length - 1), 'dict index out of range');
    }
  }
}

function validateSetTable(table: SetTable<unknown>): void {
  const fields = table as unknown as {
    slots: unknown;
    hashHigh: unknown;
    hashLow: unknown;
    mask: unknown;
    fill: unknown;
    used: unknown;
    finger: unknown;
    pendingStrings: unknown;
    pendingCheckAt: unknown;
  };
  const slots = fields.slots;
  check(Array.isArray(slots), 'malformed set table');
  const capacity = (slots as unknown[]).length;
  check(capacity >= 8 && (capacity & (capacity - 1)) === 0, 'malformed set table size');
  check(fields.mask === capacity - 1, 'malformed set table mask');
  check(
    fields.hashHigh instanceof Int32Array &&
      fields.hashLow instanceof Int32Array &&
      fields.hashHigh.length === capacity &&
      fields.hashLow.length === capacity,
    'malformed set table hashes',
  );
  let filled = 0;
  let live = 0;
  const dummy = knownValue('set.DUMMY');
  for (const slot of slots as unknown[]) {
    if (slot === undefined) continue;
    filled++;
    if (slot === dummy) continue;
    check(isPyValue(slot), 'a set item that is not a Python value');
    live++;
  }
  // Probing ends at an empty slot: there must be one.
  check(
    fields.fill === filled && fields.used === live && filled < capacity,
    'malformed set table counts',
  );
  check(isIndex(fields.finger, capacity - 1), 'malformed set table finger');
  // Str keys not yet laid out (set-table.ts addStr): only in a fresh table, each a str, and the
  // next memory check still ahead (so no pending set skipped its checks).
  const pending = fields.pendingStrings;
  check(
    Number.isSafeInteger(fields.pendingCheckAt) && (fields.pendingCheckAt as number) > 0,
    'malformed set table memory check',
  );
  if (pending !== null) {
    check(
      pending instanceof Set &&
        capacity === 8 &&
        filled === 0 &&
        pending.size < (fields.pendingCheckAt as number) &&
        [...pending].every((key) => typeof key === 'string'),
      'malformed pending set items',
    );
  }
}

function validateType(type: PyType): void {
  check(Array.isArray(type.mro) && type.mro[0] === type, 'malformed type mro');
  check(
    type.mro.every((entry) => entry instanceof PyType),
    'malformed type mro',
  );
  check(
    Array.isArray(type.bases) && type.bases.every((base) => base instanceof PyType),
    'malformed type bases',
  );
  check(type.attrs instanceof Map && Array.isArray(type.subclasses), 'malformed type');
  for (const [name, attribute] of type.attrs) {
    check(
      typeof name === 'string' && isPyValue(attribute),
      'a type attribute that is not a Python value',
    );
  }
  check(type.layout instanceof PyType, 'malformed type layout');
  check(typeof type.name === 'string' && typeof type.qualname === 'string', 'malformed type name');
}

function validateException(exc: PyBaseException, limit: number): void {
  check(exc.args instanceof PyTuple, 'malformed exception args');
  check(exc.traceback === null || exc.traceback instanceof PyTraceback, 'malformed traceback');
  check(exc.members === null || exc.members instanceof Map, 'malformed exception members');
  validateChain(exc, (item) => item.context, limit, 'exception context');
  validateChain(exc, (item) => item.cause, limit, 'exception cause');
}

function validateTraceback(entry: PyTraceback, limit: number): void {
  check(entry.code instanceof PyCode && entry.frame instanceof Frame, 'malformed traceback entry');
  check(
    isIndex(entry.instruction, (entry.code.code.code.length >> 1) - 1),
    'traceback instruction out of range',
  );
  validateChain(entry, (item) => item.next, limit, 'traceback');
}

function validateGenerator(gen: PyGenerator): void {
  check(gen.frame === null || gen.frame instanceof Frame, 'malformed generator frame');
  if (gen.frame instanceof Frame)
    check(gen.frame.generator === gen, 'a generator frame of another generator');
  check(gen.excState instanceof ExcStateSlot, 'malformed generator exception state');
  check(
    typeof gen.running === 'boolean' && typeof gen.started === 'boolean',
    'malformed generator',
  );
}

function validateFunction(func: PyFunction): void {
  check(func.code instanceof PyCode && func.globals instanceof PyDict, 'malformed function');
  check(func.defaults === null || Array.isArray(func.defaults), 'malformed function defaults');
  check(
    func.kwdefaults === null || func.kwdefaults instanceof PyDict,
    'malformed function kwdefaults',
  );
  check(
    func.closure === null ||
      (Array.isArray(func.closure) && func.closure.every((cell) => cell instanceof PyCell)),
    'malformed function closure',
  );
  // Calls copy one closure cell per free variable into the frame (call.ts initCells).
  check(
    (func.closure?.length ?? 0) >= func.code.code.freevars.length,
    'a function closure without a cell per free variable',
  );
}
