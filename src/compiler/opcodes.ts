// The one opcode table: name → number, whether it takes an argument, its stack effect, and what it does.
// Codegen, stack-depth computation, the disassembler and the VM's dispatch loop all read this table.
// Numbers are part of the snapshot format: renumbering an opcode bumps SNAPSHOT_FORMAT_VERSION.
//
// Semantics follow CPython 3.11's bytecode (docs.python.org/3.11/library/dis.html) with these
// simplifications: no CACHE/PRECALL/RESUME/EXTENDED_ARG (every instruction has a full 32-bit argument
// slot), jump arguments are absolute instruction indexes (not byte offsets, not relative), a single
// JUMP and POP_JUMP_IF_* family instead of forward/backward variants, cells are created and free
// variables copied when the frame is made (no MAKE_CELL/COPY_FREE_VARS), and generator code objects
// are recognised by their flags (no RETURN_GENERATOR).

/** Stack effect of an instruction: a number, or a function of its argument and whether the jump is taken. */
export type StackEffect = number | ((arg: number, jump: boolean) => number);

/** One row of the opcode table. */
export interface OpcodeInfo<Code extends number = number> {
  readonly code: Code;
  readonly hasArg: boolean;
  /** Net change in stack depth; for jumps, `jump` says whether the branch is taken. */
  readonly effect: StackEffect;
  readonly doc: string;
}

const op = <Code extends number>(
  code: Code,
  hasArg: boolean,
  effect: StackEffect,
  doc: string,
): OpcodeInfo<Code> => ({
  code,
  hasArg,
  effect,
  doc,
});

/** Every opcode. The doc strings state the contract between the compiler and the VM. */
export const OPCODES = {
  NOP: op(0, false, 0, 'Does nothing.'),
  POP_TOP: op(1, false, -1, 'Pops TOS.'),
  PUSH_NULL: op(2, false, 1, 'Pushes NULL (marks a plain call: [NULL, callable, args...]).'),
  SWAP: op(3, true, 0, 'Swaps TOS with the item at position arg (1-based from the top).'),
  COPY: op(4, true, 1, 'Pushes a copy of the item at position arg (1-based from the top).'),

  UNARY_POSITIVE: op(10, false, 0, 'TOS = +TOS.'),
  UNARY_NEGATIVE: op(11, false, 0, 'TOS = -TOS.'),
  UNARY_NOT: op(12, false, 0, 'TOS = not TOS.'),
  UNARY_INVERT: op(13, false, 0, 'TOS = ~TOS.'),
  BINARY_OP: op(
    14,
    true,
    -1,
    'TOS = TOS1 <op> TOS; arg is a BINARY_OPS index (in-place forms too).',
  ),
  COMPARE_OP: op(15, true, -1, 'TOS = TOS1 <cmp> TOS; arg is a COMPARE_OPS index.'),
  IS_OP: op(16, true, -1, 'TOS = TOS1 is TOS (is not, when arg is 1).'),
  CONTAINS_OP: op(17, true, -1, 'TOS = TOS1 in TOS (not in, when arg is 1).'),
  BINARY_SUBSCR: op(18, false, -1, 'TOS = TOS1[TOS].'),
  STORE_SUBSCR: op(19, false, -3, 'TOS1[TOS] = TOS2.'),
  DELETE_SUBSCR: op(20, false, -2, 'del TOS1[TOS].'),
  BUILD_SLICE: op(
    21,
    true,
    (a) => 1 - a,
    'Pushes slice(TOS1, TOS) (arg 2) or slice(TOS2, TOS1, TOS) (arg 3).',
  ),

  LOAD_CONST: op(30, true, 1, 'Pushes co_consts[arg].'),
  LOAD_NAME: op(31, true, 1, 'Pushes the name co_names[arg] from locals, globals, then builtins.'),
  STORE_NAME: op(32, true, -1, 'Binds co_names[arg] in the locals mapping.'),
  DELETE_NAME: op(33, true, 0, 'Deletes co_names[arg] from the locals mapping.'),
  LOAD_GLOBAL: op(34, true, 1, 'Pushes global or builtin co_names[arg].'),
  STORE_GLOBAL: op(35, true, -1, 'Binds global co_names[arg].'),
  DELETE_GLOBAL: op(36, true, 0, 'Deletes global co_names[arg].'),
  LOAD_FAST: op(37, true, 1, 'Pushes local co_varnames[arg] (UnboundLocalError if unset).'),
  STORE_FAST: op(38, true, -1, 'Binds local co_varnames[arg].'),
  DELETE_FAST: op(39, true, 0, 'Unbinds local co_varnames[arg].'),
  LOAD_DEREF: op(40, true, 1, 'Pushes the contents of cell arg (cellvars, then freevars).'),
  STORE_DEREF: op(41, true, -1, 'Stores TOS into cell arg.'),
  DELETE_DEREF: op(42, true, 0, 'Empties cell arg.'),
  LOAD_CLASSDEREF: op(
    43,
    true,
    1,
    'Class bodies: the name of cell arg from the locals mapping, else the cell.',
  ),
  LOAD_CLOSURE: op(44, true, 1, 'Pushes cell arg itself (for building a closure tuple).'),
  LOAD_ATTR: op(45, true, 0, 'TOS = getattr(TOS, co_names[arg]).'),
  STORE_ATTR: op(46, true, -2, 'TOS.name = TOS1 with name co_names[arg].'),
  DELETE_ATTR: op(47, true, -1, 'del TOS.name with name co_names[arg].'),
  LOAD_METHOD: op(
    48,
    true,
    1,
    'Replaces TOS (obj) with [method, obj] when co_names[arg] is a plain function found on the type (not shadowed by the instance), else with [NULL, getattr(obj, name)].',
  ),
  LOAD_BUILD_CLASS: op(49, false, 1, 'Pushes builtins.__build_class__.'),
  LOAD_ASSERTION_ERROR: op(50, false, 1, 'Pushes AssertionError.'),

  BUILD_TUPLE: op(60, true, (a) => 1 - a, 'Pops arg items, pushes a tuple of them.'),
  BUILD_LIST: op(61, true, (a) => 1 - a, 'Pops arg items, pushes a list of them.'),
  BUILD_SET: op(62, true, (a) => 1 - a, 'Pops arg items, pushes a set of them.'),
  BUILD_MAP: op(
    63,
    true,
    (a) => 1 - 2 * a,
    'Pops arg key/value pairs (key below value), pushes a dict.',
  ),
  BUILD_CONST_KEY_MAP: op(
    64,
    true,
    (a) => -a,
    'TOS is a tuple of keys; pops it and arg values, pushes a dict.',
  ),
  BUILD_STRING: op(65, true, (a) => 1 - a, 'Pops arg strings, pushes their concatenation.'),
  LIST_APPEND: op(66, true, -1, 'Appends TOS to the list at position arg (after popping TOS).'),
  SET_ADD: op(67, true, -1, 'Adds TOS to the set at position arg (after popping TOS).'),
  MAP_ADD: op(68, true, -2, 'dict at position arg (after popping) [TOS1] = TOS.'),
  LIST_EXTEND: op(69, true, -1, 'Extends the list at position arg with iterable TOS.'),
  SET_UPDATE: op(70, true, -1, 'Updates the set at position arg with iterable TOS.'),
  DICT_UPDATE: op(71, true, -1, 'dict.update(TOS) on the dict at position arg.'),
  DICT_MERGE: op(
    72,
    true,
    -1,
    'Like DICT_UPDATE but a duplicate key is a TypeError (call **kwargs).',
  ),
  LIST_TO_TUPLE: op(73, false, 0, 'TOS = tuple(TOS).'),
  FORMAT_VALUE: op(
    74,
    true,
    (a) => ((a & 0x04) === 0x04 ? -1 : 0),
    'f-string field: arg&3 conversion (0 none, 1 str, 2 repr, 3 ascii), arg&4 a format spec is on TOS.',
  ),
  UNPACK_SEQUENCE: op(
    75,
    true,
    (a) => a - 1,
    'Pops an iterable that must yield exactly arg items (ValueError otherwise) and pushes them in reverse, so the first item is TOS.',
  ),
  UNPACK_EX: op(
    76,
    true,
    (a) => (a & 0xff) + (a >> 8),
    'Starred unpacking: pops an iterable; arg & 0xff items go before the star, arg >> 8 after. Pushes the after-items (last deepest), then a list of the middle, then the before-items, so the first item is TOS.',
  ),

  JUMP: op(
    80,
    true,
    0,
    'Jumps to instruction arg (a backward jump charges the instruction budget). The compiler guarantees that JUMP is the only instruction that ever jumps backward, so every loop passes through a charged JUMP.',
  ),
  POP_JUMP_IF_FALSE: op(81, true, -1, 'Pops TOS; jumps to arg if it is false.'),
  POP_JUMP_IF_TRUE: op(82, true, -1, 'Pops TOS; jumps to arg if it is true.'),
  POP_JUMP_IF_NONE: op(83, true, -1, 'Pops TOS; jumps to arg if it is None.'),
  POP_JUMP_IF_NOT_NONE: op(84, true, -1, 'Pops TOS; jumps to arg if it is not None.'),
  JUMP_IF_FALSE_OR_POP: op(
    85,
    true,
    (_a, j) => (j ? 0 : -1),
    'If TOS is false jump to arg keeping it, else pop it.',
  ),
  JUMP_IF_TRUE_OR_POP: op(
    86,
    true,
    (_a, j) => (j ? 0 : -1),
    'If TOS is true jump to arg keeping it, else pop it.',
  ),
  GET_ITER: op(87, false, 0, 'TOS = iter(TOS).'),
  FOR_ITER: op(
    88,
    true,
    (_a, j) => (j ? -1 : 1),
    'Pushes next(TOS); when exhausted pops the iterator and jumps to arg.',
  ),

  MAKE_FUNCTION: op(
    90,
    true,
    (a) => -((a & 1 ? 1 : 0) + (a & 2 ? 1 : 0) + (a & 4 ? 1 : 0) + (a & 8 ? 1 : 0)),
    'Pops the code object TOS and, below it as flagged (deepest first): 1 defaults tuple, 2 kw-only defaults dict, 4 annotations tuple (alternating name, value), 8 closure tuple of cells; pushes the new function (name, qualname, doc from the code object).',
  ),
  CALL: op(
    91,
    true,
    (a) => -1 - a,
    'Stack [X, Y, args...] with arg values in args: if X is NULL calls Y(*args), else calls X(Y, *args) (after LOAD_METHOD; codegen also uses it for with-exit calls). The last len(KW_NAMES) args are keyword values named by the preceding KW_NAMES, which is consumed. Pushes the result.',
  ),
  KW_NAMES: op(
    92,
    true,
    0,
    'Sets the keyword names (co_consts[arg], a tuple of str) for the next CALL.',
  ),
  CALL_FUNCTION_EX: op(
    93,
    true,
    (a) => -2 - (a & 1),
    'Stack [NULL, callable, args tuple, kwargs dict if arg&1]: calls callable(*args, **kwargs).',
  ),
  RETURN_VALUE: op(94, false, -1, 'Returns TOS to the caller.'),

  RAISE_VARARGS: op(
    100,
    true,
    (a) => -a,
    'raise (0: re-raise), raise TOS (1), raise TOS1 from TOS (2).',
  ),
  RERAISE: op(
    101,
    true,
    -1,
    "Pops TOS and re-raises it (its traceback is kept). If arg is nonzero, the item at position arg + 1 from the top (1-based, counted before popping) is an int instruction index that becomes the frame's current instruction (so the traceback points where the exception first happened), as CPython.",
  ),
  PUSH_EXC_INFO: op(
    102,
    false,
    1,
    'Pushes the current exception below TOS and makes TOS the current exception.',
  ),
  POP_EXCEPT: op(
    103,
    false,
    -1,
    'Pops the saved exception and restores it as the current exception.',
  ),
  CHECK_EXC_MATCH: op(
    104,
    false,
    0,
    'TOS = isinstance(TOS1, TOS) for exception matching (TOS1 stays). TypeError if TOS is not an exception class or a tuple of them.',
  ),
  CHECK_EG_MATCH: op(
    105,
    false,
    0,
    'except*: pops the type TOS and splits the exception (group) TOS1 by it. No match: stack becomes [exc, None]. Match: stack becomes [rest (None if nothing is left), match] and match becomes the current exception (sys.exception()).',
  ),
  PREP_RERAISE_STAR: op(
    106,
    false,
    -1,
    "except*: pops TOS, a list of the exceptions raised or re-raised by the except* clauses (None entries skipped), and TOS1, the original exception group; pushes the exception to propagate (re-raised parts keep the original group's structure, new ones are combined into a new group) or None when there is none.",
  ),
  WITH_EXCEPT_START: op(
    107,
    false,
    1,
    'Stack [..., exit, lasti, previous exc, exc]: calls exit(type(exc), exc, exc.__traceback__) and pushes the result (the stack below is kept).',
  ),
  BEFORE_WITH: op(
    108,
    false,
    1,
    'Pops the context manager, pushes its bound __exit__, then the result of calling its __enter__().',
  ),

  YIELD_VALUE: op(
    110,
    true,
    0,
    "Pops TOS and suspends the frame yielding it; on resume pushes the sent value (None for next()). arg 0: a plain yield. arg 1: the yield of a yield-from/await loop; then SEND is the previous instruction and the receiver is TOS after popping, and throw()/close() on the generator go to the receiver first: receiver.throw(exc) yielding a value suspends here again with it; raising StopIteration(v) pops the receiver, pushes v and jumps to SEND's target; close() calls receiver.close() then raises GeneratorExit here.",
  ),
  SEND: op(
    111,
    true,
    (_a, j) => (j ? -1 : 0),
    'yield from/await: pops the value TOS and sends it into the receiver TOS1 (next() when None and the receiver is not a generator/coroutine). If the receiver yields, pushes the yielded value (stack [receiver, yielded]). If it returns (StopIteration), replaces the receiver with the return value and jumps to arg. Codegen always lays out `SEND end; YIELD_VALUE 1; JUMP send` (see YIELD_VALUE).',
  ),
  GET_YIELD_FROM_ITER: op(
    112,
    false,
    0,
    'TOS = iter(TOS) unless it is a generator or (in a coroutine) a coroutine.',
  ),
  GET_AWAITABLE: op(
    113,
    true,
    0,
    'TOS = the iterator of awaitable TOS (a coroutine itself, or __await__()). arg for error messages: 0 await, 1 after __aenter__, 2 after __aexit__.',
  ),
  GET_AITER: op(114, false, 0, 'TOS = TOS.__aiter__().'),
  GET_ANEXT: op(115, false, 1, 'Pushes the awaitable of TOS.__anext__().'),
  END_ASYNC_FOR: op(
    116,
    false,
    -2,
    'Exception handler of async for: stack [..., async iterator, exc]. StopAsyncIteration pops both and continues with the next instruction (the loop is over); any other exception is re-raised.',
  ),
  BEFORE_ASYNC_WITH: op(
    117,
    false,
    1,
    'Pops the async context manager, pushes its bound __aexit__, then the awaitable returned by its __aenter__().',
  ),
  ASYNC_GEN_WRAP: op(
    118,
    false,
    0,
    'Wraps TOS, a value about to be yielded by an async generator, so the async generator machinery tells it from an await of the frame (emitted before YIELD_VALUE 0 in async generators).',
  ),

  IMPORT_NAME: op(
    120,
    true,
    -1,
    'import co_names[arg] with TOS1 level and TOS fromlist; pushes the module.',
  ),
  IMPORT_FROM: op(
    121,
    true,
    1,
    'Pushes attribute co_names[arg] of the module on TOS (ImportError if missing).',
  ),
  IMPORT_STAR: op(122, false, -1, 'from TOS import *.'),
  SETUP_ANNOTATIONS: op(123, false, 0, 'Creates __annotations__ in the locals mapping if absent.'),
  PRINT_EXPR: op(
    124,
    false,
    -1,
    'Interactive mode: prints repr(TOS) unless it is None, and binds _.',
  ),

  GET_LEN: op(130, false, 1, 'match: pushes len(TOS).'),
  MATCH_MAPPING: op(131, false, 1, 'match: pushes whether TOS is a mapping.'),
  MATCH_SEQUENCE: op(132, false, 1, 'match: pushes whether TOS is a sequence.'),
  MATCH_KEYS: op(
    133,
    false,
    1,
    'match: TOS keys tuple, TOS1 subject; pushes a tuple of values or None.',
  ),
  MATCH_CLASS: op(
    134,
    true,
    -2,
    'match: pops TOS keyword attribute names (tuple of str), TOS1 class, TOS2 subject; arg is the positional sub-pattern count (resolved through __match_args__). Pushes a tuple of the arg positional then the keyword attribute values if the subject is an instance with them all, else None.',
  ),
  COPY_DICT_WITHOUT_KEYS: op(
    135,
    false,
    0,
    "match: TOS keys tuple, TOS1 subject mapping; replaces TOS with a new dict of the subject's items whose keys are not in TOS (for `**rest`).",
  ),
} as const satisfies Record<string, OpcodeInfo>;

/** An opcode's name. */
export type OpcodeName = keyof typeof OPCODES;

/** Opcode numbers by name, with literal types, so the VM can `switch (op) { case Op.LOAD_FAST: ... }`. */
export const Op = Object.freeze(
  Object.fromEntries(Object.entries(OPCODES).map(([name, info]) => [name, info.code])),
) as { readonly [Name in OpcodeName]: (typeof OPCODES)[Name]['code'] };

/** An opcode number (the union of every `Op` value). */
export type OpcodeNumber = (typeof Op)[OpcodeName];

/** Opcode name by number (`undefined` for unassigned numbers); for `dis` and error messages. */
export const OPCODE_NAMES: readonly (OpcodeName | undefined)[] = (() => {
  const names: (OpcodeName | undefined)[] = [];
  for (const [name, info] of Object.entries(OPCODES)) names[info.code] = name as OpcodeName;
  return names;
})();

/** Opcode table row by number (`undefined` for unassigned numbers). */
export const OPCODE_INFO_BY_NUMBER: readonly (OpcodeInfo | undefined)[] = (() => {
  const rows: (OpcodeInfo | undefined)[] = [];
  for (const info of Object.values(OPCODES)) rows[info.code] = info;
  return rows;
})();

/** BINARY_OP arguments, numbered as CPython 3.11's NB_* constants (in-place forms are +13). */
export const BINARY_OPS = [
  '+',
  '&',
  '//',
  '<<',
  '@',
  '*',
  '%',
  '|',
  '**',
  '>>',
  '-',
  '/',
  '^',
  '+=',
  '&=',
  '//=',
  '<<=',
  '@=',
  '*=',
  '%=',
  '|=',
  '**=',
  '>>=',
  '-=',
  '/=',
  '^=',
] as const;

/** COMPARE_OP arguments, numbered as CPython's Py_LT … Py_GE. */
export const COMPARE_OPS = ['<', '<=', '==', '!=', '>', '>='] as const;
