// The builtins `aiter(obj)` and `anext(iterator[, default])`, and `anext_awaitable`: the awaitable
// `anext` returns with a default, which turns StopAsyncIteration into that default. Driving the
// awaitables (await, SEND) is the VM's job (src/vm/generators.ts, eval-loop.ts).

import { checkArity, checkOneArg, methodNoArgs } from '../objects/args.js';
import { makeBuiltinType } from '../objects/builtin-types.js';
import { stopIteration, typeError } from '../objects/errors.js';
import { exceptionMatchesName } from '../objects/exception-match.js';
import { defineMethod, makeNativeFunction } from '../objects/native-function.js';
import { getAttr, getAttrOrUndefined } from '../objects/protocol-attr.js';
import { callObject, callUnbound } from '../objects/protocol-call.js';
import { PyObject, type PyValue } from '../objects/py-object.js';
import { None } from '../objects/singletons.js';
import { typeName, typeOf } from '../objects/type-of.js';

/** `aiter(async_iterable)`: `type(x).__aiter__(x)`, which must give an async iterator. */
export const aiterFunction = makeNativeFunction('builtins', 'aiter', (args, kwnames) => {
  checkOneArg('aiter', args, kwnames);
  const iterable = args[0]!;
  const method = typeOf(iterable).lookup('__aiter__');
  if (method === undefined || method === None) {
    throw typeError(`'${typeName(iterable)}' object is not an async iterable`);
  }
  const iterator = callUnbound(method, iterable, []);
  if (typeOf(iterator).lookup('__anext__') === undefined) {
    throw typeError(`aiter() returned not an async iterator of type '${typeName(iterator)}'`);
  }
  return iterator;
});

/** `anext_awaitable`. */
const anextAwaitableType = makeBuiltinType('anext_awaitable', undefined, { subclassable: false });

/** What `anext(iterator, default)` returns: awaits `__anext__()`, or gives the default. */
class PyAnextAwaitable extends PyObject {
  /** The awaitable `__anext__()` returned. */
  declare readonly awaitable: PyValue;
  declare readonly fallback: PyValue;
  /** The iterator driving `awaitable` (its `__await__()`), made on first use. */
  declare iterator: PyValue | null;

  constructor(awaitable: PyValue, fallback: PyValue) {
    super(anextAwaitableType);
    this.awaitable = awaitable;
    this.fallback = fallback;
    this.iterator = null;
  }

  /** The inner iterator, from the awaitable's `__await__`. */
  inner(): PyValue {
    if (this.iterator !== null) return this.iterator;
    const method = typeOf(this.awaitable).lookup('__await__');
    if (method === undefined) {
      throw typeError(`'${typeName(this.awaitable)}' object is not awaitable`);
    }
    this.iterator = callUnbound(method, this.awaitable, []);
    return this.iterator;
  }

  /** Runs one step of the inner iterator; its end as StopAsyncIteration becomes the default. */
  step(run: (inner: PyValue) => PyValue): PyValue {
    try {
      return run(this.inner());
    } catch (error) {
      if (exceptionMatchesName(error, 'StopAsyncIteration')) throw stopIteration(this.fallback);
      throw error;
    }
  }
}

function awaitableOf(args: readonly PyValue[]): PyAnextAwaitable {
  return args[0] as PyAnextAwaitable;
}

function send(self: PyAnextAwaitable, value: PyValue): PyValue {
  return self.step((inner) =>
    value === None
      ? callObject(getAttr(inner, '__next__'), [])
      : callObject(getAttr(inner, 'send'), [value]),
  );
}

defineMethod(anextAwaitableType, '__await__', (args, kwnames) => {
  methodNoArgs('__await__', args, kwnames);
  return args[0]!;
});
defineMethod(anextAwaitableType, '__iter__', (args) => args[0]!);
defineMethod(anextAwaitableType, '__next__', (args) => send(awaitableOf(args), None));
defineMethod(anextAwaitableType, 'send', (args, kwnames) => {
  checkArity('send', args.slice(1), kwnames, 1, 1);
  return send(awaitableOf(args), args[1]!);
});
defineMethod(anextAwaitableType, 'throw', (args, kwnames) => {
  checkArity('throw', args.slice(1), kwnames, 1, 3);
  return awaitableOf(args).step((inner) => callObject(getAttr(inner, 'throw'), args.slice(1)));
});
defineMethod(anextAwaitableType, 'close', (args, kwnames) => {
  methodNoArgs('close', args, kwnames);
  const self = awaitableOf(args);
  const close = self.iterator === null ? undefined : getAttrOrUndefined(self.iterator, 'close');
  return close === undefined ? None : callObject(close, []);
});

/** `anext(async_iterator[, default])`. */
export const anextFunction = makeNativeFunction('builtins', 'anext', (args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError('anext() takes no keyword arguments');
  if (args.length < 1) throw typeError(`anext expected at least 1 argument, got ${args.length}`);
  if (args.length > 2) throw typeError(`anext expected at most 2 arguments, got ${args.length}`);
  const iterator = args[0]!;
  const method = typeOf(iterator).lookup('__anext__');
  if (method === undefined || method === None) {
    throw typeError(`'${typeName(iterator)}' object is not an async iterator`);
  }
  const awaitable = callUnbound(method, iterator, []);
  return args.length === 1 ? awaitable : new PyAnextAwaitable(awaitable, args[1]!);
});
