// The handler of every opcode, indexed by opcode number: what the dispatch loop (eval-loop.ts)
// calls for each instruction it does not finish inline. Rare opcodes share runOutlinedOp.

import { Op } from '../compiler/opcodes.js';
import { runOutlinedOp } from './fast-outlined-ops.js';
import type { OpHandler } from './loop-signals.js';
import { dataHandlers } from './op-handlers-data.js';
import {
  callFunctionExHandler,
  callHandler,
  endAsyncForHandler,
  forIterHandler,
  jumpSliceSpent,
  loadAttrHandler,
  popExceptHandler,
  raiseVarargsHandler,
  reraiseHandler,
  returnValueHandler,
  sendHandler,
  yieldValueHandler,
} from './op-handlers-frames.js';

/** A handler running the rare opcode `op` through runOutlinedOp. */
function outlined(op: number): OpHandler {
  return (interp, frame, arg, sp) => runOutlinedOp(interp, frame, op, arg, sp);
}

function buildTable(): OpHandler[] {
  const table: OpHandler[] = [];
  for (let op = 0; op < 256; op++) table.push(outlined(op));
  for (const [op, handler] of dataHandlers) table[op] = handler;
  table[Op.JUMP] = jumpSliceSpent;
  table[Op.LOAD_ATTR] = loadAttrHandler;
  table[Op.FOR_ITER] = forIterHandler;
  table[Op.CALL] = callHandler;
  table[Op.CALL_FUNCTION_EX] = callFunctionExHandler;
  table[Op.RETURN_VALUE] = returnValueHandler;
  table[Op.RAISE_VARARGS] = raiseVarargsHandler;
  table[Op.RERAISE] = reraiseHandler;
  table[Op.POP_EXCEPT] = popExceptHandler;
  table[Op.YIELD_VALUE] = yieldValueHandler;
  table[Op.SEND] = sendHandler;
  table[Op.END_ASYNC_FOR] = endAsyncForHandler;
  return table;
}

/** Every opcode's handler (an unknown opcode's raises an internal error). */
export const opHandlers: readonly OpHandler[] = buildTable();
