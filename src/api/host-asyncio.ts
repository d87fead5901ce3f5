// The bridge between host calls and Pyex's asyncio (src/stdlib/py/asyncio/events.py): finding the
// running event loop, turning an external call made inside it into an awaitable request, and reading
// the requests the idle loop waits on. Presenting them to the host is pausable-run.ts's job.

import { PyDict } from '../objects/dict.js';
import { PyList } from '../objects/list.js';
import { PyModule } from '../objects/module.js';
import { callObject } from '../objects/protocol-call.js';
import type { PyObject, PyValue } from '../objects/py-object.js';
import { None } from '../objects/singletons.js';
import { PyTuple } from '../objects/tuple.js';
import { validKeywords } from '../vm/host-call.js';
import type { Interpreter } from '../vm/interpreter.js';

/** The module of the idle event loop's wait point (`_pyex_host.wait`), installed by start/runAsync. */
export const HOST_WAIT_MODULE = '_pyex_host';
/** The host name of the wait point. */
export const HOST_WAIT_NAME = `${HOST_WAIT_MODULE}.wait`;

function asyncioEvents(interp: Interpreter): PyDict | null {
  const events = interp.modules.getStr('asyncio.events');
  return events instanceof PyModule ? events.dict : null;
}

/** The running asyncio event loop object, or null when none runs. */
export function runningLoop(interp: Interpreter): PyObject | null {
  const loop = asyncioEvents(interp)?.getStr('_running_loop');
  return loop === undefined || loop === None || typeof loop !== 'object' ? null : loop;
}

/**
 * When an asyncio loop is running: calls `events.<helper>(...args)` (a Python function, run
 * re-entrantly) and returns its result; otherwise null.
 */
export function callInRunningLoop(
  interp: Interpreter,
  helper: '_HostCall' | '_host_request',
  args: PyValue[],
): PyValue | null {
  if (runningLoop(interp) === null) return null;
  const fn = asyncioEvents(interp)?.getStr(helper);
  return fn === undefined ? null : callObject(fn, args);
}

/** An external call waiting in the running loop: `(id, name, args, kwnames)`. */
export interface LoopRequest {
  readonly id: number;
  readonly name: string;
  readonly args: readonly PyValue[];
  readonly kwnames: readonly string[];
}

/** The unanswered external calls of the running loop, oldest first (empty when none). */
export function loopRequests(interp: Interpreter): LoopRequest[] {
  const requests = runningLoop(interp)?.dict?.getStr('_host_requests');
  if (!(requests instanceof PyDict)) return [];
  const found: LoopRequest[] = [];
  for (const [id, entry] of requests.entries()) {
    if (typeof id !== 'number' || !(entry instanceof PyTuple) || entry.items.length !== 3) continue;
    const [name, args, kwnames] = entry.items;
    if (typeof name !== 'string' || !(args instanceof PyTuple) || !(kwnames instanceof PyTuple))
      continue;
    if (!validKeywords(kwnames.items, args.items.length)) continue;
    found.push({ id, name, args: args.items, kwnames: kwnames.items as string[] });
  }
  return found;
}

/** One settled call for the loop: its id, whether it returned, and the result or `(type, message)`. */
export interface LoopSettlement {
  readonly id: number;
  readonly ok: boolean;
  readonly payload: PyValue;
}

/** The value `_pyex_host.wait()` returns to the loop: `(0, [(id, ok, payload), ...])`. */
export function loopAnswers(settled: readonly LoopSettlement[]): PyValue {
  const items = settled.map((entry) => new PyTuple([entry.id, entry.ok, entry.payload]));
  return new PyTuple([0, new PyList(items)]);
}
